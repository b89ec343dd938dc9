package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Records that someone asked to meet (or that you consider asking them). Missing estimates are
 * filled from the configured defaults for the format; the contact moves to "meeting proposed".
 */
public interface RecordMeetingRequestUseCase {
    MeetingRequest recordRequest(Command command);

    record Command(ContactId contact, Initiator initiator, String ask, Channel format, String place,
                   Optional<LocalDateTime> at, Optional<Integer> minutes, Optional<Integer> travelMinutes,
                   Optional<Money> money) {
        public Command {
            at = at == null ? Optional.empty() : at;
            minutes = minutes == null ? Optional.empty() : minutes;
            travelMinutes = travelMinutes == null ? Optional.empty() : travelMinutes;
            money = money == null ? Optional.empty() : money;
        }

        public static Command from(ContactId contact, String ask, Channel format) {
            return new Command(contact, Initiator.THEM, ask, format, "", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
    }
}
