package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Records a touchpoint. Needs it advanced move from open to in progress, and a contact still at
 * "met" moves to "following up".
 */
public interface LogInteractionUseCase {
    Interaction logInteraction(Command command);

    /** {@code date} defaults to today. */
    record Command(ContactId contact, Optional<LocalDate> date, Channel channel, int minutes, int travelMinutes,
                   Expenses expenses, String notes, Set<NeedId> advanced) {
        public Command {
            date = date == null ? Optional.empty() : date;
            advanced = advanced == null ? Set.of() : Set.copyOf(advanced);
        }
    }
}
