package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Records a touchpoint. Needs it advanced move from open to in progress, and a contact still at
 * "met" moves to "following up". A log of the meeting set with them holds that meeting (see
 * {@link dev.needle.domain.MeetingRequest#isHeldOn}), so its cost is counted once, as spent.
 */
public interface LogInteractionUseCase {
    Interaction logInteraction(Command command);

    /**
     * {@code date} defaults to today; {@code meeting} is the scheduled meeting this log is of, when the
     * log started from it.
     */
    record Command(ContactId contact, Optional<LocalDate> date, Channel channel, int minutes, int travelMinutes,
                   Expenses expenses, String notes, Set<NeedId> advanced, Optional<MeetingRequestId> meeting) {
        public Command {
            date = date == null ? Optional.empty() : date;
            advanced = advanced == null ? Set.of() : Set.copyOf(advanced);
            meeting = meeting == null ? Optional.empty() : meeting;
        }

        /** A touchpoint that is of no meeting set. */
        public Command(ContactId contact, Optional<LocalDate> date, Channel channel, int minutes, int travelMinutes,
                       Expenses expenses, String notes, Set<NeedId> advanced) {
            this(contact, date, channel, minutes, travelMinutes, expenses, notes, advanced, Optional.empty());
        }
    }
}
