package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.EventId;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The fast capture after an event: a name, and whatever else is at hand. Met at the event (and on
 * its date) when one is given, else met today.
 */
public interface CaptureContactUseCase {
    Contact capture(Command command);

    record Command(String name, String company, String role, Optional<EventId> event, Set<Tag> offers,
                   Optional<LocalDate> followUpOn) {
        public Command {
            event = event == null ? Optional.empty() : event;
            offers = offers == null ? Set.of() : Tag.inOrder(offers); // as typed, first things first
            followUpOn = followUpOn == null ? Optional.empty() : followUpOn;
        }

        public static Command named(String name) {
            return new Command(name, "", "", Optional.empty(), Set.of(), Optional.empty());
        }
    }
}
