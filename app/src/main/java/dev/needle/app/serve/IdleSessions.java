package dev.needle.app.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends sessions nobody typed in for the idle timeout, as their users quitting would: the SSH server's
 * own timeout closed the connection before the client's screen was given back, leaving it showing
 * Needle's last screen at the shell. Looked at a tenth of the timeout apart (between 0.2 s and 30 s).
 */
final class IdleSessions implements AutoCloseable {
    /** How long after Needle's own timeout the SSH server's cuts a session Needle failed to end. */
    static final Duration BACKUP_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(IdleSessions.class);

    private final ScheduledExecutorService clock;

    private IdleSessions(ScheduledExecutorService clock) {
        this.clock = clock;
    }

    static IdleSessions watch(LiveSessions sessions, Duration limit) {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "needle-serve-idle");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(200, Math.min(30_000, limit.toMillis() / 10));
        clock.scheduleWithFixedDelay(() -> {
            try {
                int ended = sessions.endIdle(limit);
                if (ended > 0) {
                    LOG.info("Ended {} session(s) nobody typed in for {}", ended, limit);
                }
            } catch (RuntimeException failure) {
                LOG.warn("Could not end the idle sessions", failure);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return new IdleSessions(clock);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
