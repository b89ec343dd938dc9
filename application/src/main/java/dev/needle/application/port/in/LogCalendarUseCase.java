package dev.needle.application.port.in;

import java.util.Objects;
import java.util.Set;

/**
 * Logs meetings from a calendar already on disk (an .ics file or a vdir of them): past events with known
 * contacts become interactions, upcoming ones scheduled meetings, and with {@code importEvents} an
 * upcoming event with no known attendee becomes a networking event.
 */
public interface LogCalendarUseCase {
    /** {@code me} are the user's own addresses, never matched to a contact. */
    record Command(String location, Set<String> me, boolean importEvents, boolean dryRun) {
        public Command {
            Objects.requireNonNull(location, "location");
            me = Set.copyOf(me);
        }
    }

    LogReport logCalendar(Command command);
}
