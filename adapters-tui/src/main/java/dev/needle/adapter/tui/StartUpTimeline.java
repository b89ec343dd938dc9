package dev.needle.adapter.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The terminal's start-up phases on the app's start-up timeline (the same DEBUG logger, the same clock). */
final class StartUpTimeline {
    private static final Logger LOG = LoggerFactory.getLogger("dev.needle.startup");
    private static final Optional<Instant> STARTED = LOG.isDebugEnabled()
            ? ProcessStart.instant() : Optional.empty();

    private StartUpTimeline() {
    }

    static void mark(String phase) {
        STARTED.ifPresent(start -> LOG.debug("{} {} ms after the process started", phase,
                Duration.between(start, Instant.now()).toMillis()));
    }
}
