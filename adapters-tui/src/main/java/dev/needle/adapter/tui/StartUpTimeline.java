package dev.needle.adapter.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs (at DEBUG, to the log file) how long after the process started each start-up phase ended, so
 * a slow start can be taken apart phase by phase: the command line's phases and the terminal's on one
 * clock. The start-up benchmark turns the level on.
 */
public final class StartUpTimeline {
    public static final String LOGGER = "dev.needle.startup";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Optional<Instant> STARTED = LOG.isDebugEnabled()
            ? ProcessStart.instant() : Optional.empty();

    private StartUpTimeline() {
    }

    public static void mark(String phase) {
        mark(phase, Instant.now());
    }

    /** Logs that {@code phase} ended at {@code end}: for a phase that ended before logging was set up. */
    public static void mark(String phase, Instant end) {
        STARTED.ifPresent(start -> LOG.debug("{} {} ms after the process started", phase,
                Duration.between(start, end).toMillis()));
    }
}
