package dev.needle.application.port.in;

import java.util.List;
import java.util.Set;

/**
 * Runs the logging the configuration names (its {@code log:} section), all sources as one unit: what
 * {@code needle log configured} does, and what a reminder run calls first so its digest counts them.
 */
public interface LogConfiguredSourcesUseCase {
    /** The configured sources and the user's own addresses. */
    record Plan(List<LogMailUseCase.Source> mail, List<String> calendars, boolean importEvents, Set<String> me) {
        public Plan {
            mail = List.copyOf(mail);
            calendars = List.copyOf(calendars);
            me = Set.copyOf(me);
        }

        public boolean isEmpty() {
            return mail.isEmpty() && calendars.isEmpty();
        }
    }

    /** One report per source, in the order configured; nothing is kept unless every source was read. */
    List<LogReport> logConfigured(Plan plan, boolean dryRun);
}
