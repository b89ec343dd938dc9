package dev.needle.adapter.tui;

import dev.needle.application.port.in.CheckForChangesUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks, a few times a second, whether anything was saved (by this session or another) and tells the
 * drawing thread when it was, so open screens follow other sessions without a key. It never draws and
 * never touches a screen: it only calls {@code onChange}, which queues an event. An idle session costs
 * one cheap read per look and writes nothing to the log; a failing database is logged once, until it
 * answers again.
 */
final class ChangeWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    /** Often enough that a change shows within about a second, rare enough to cost nothing. */
    static final Duration EVERY = Duration.ofMillis(400);

    private final CheckForChangesUseCase changes;
    private long seen;
    private boolean failing;

    /** Takes the first mark now, before the first screen reads its data, so no change falls in between. */
    ChangeWatcher(CheckForChangesUseCase changes) {
        this.changes = changes;
        long first;
        try {
            first = changes.changeMark();
        } catch (RuntimeException unavailable) {
            first = Long.MIN_VALUE; // the first look that works reloads the screen, which is harmless
        }
        this.seen = first;
    }

    /** True when something was saved since the last look (or since this watcher was made). */
    boolean changedSinceLastLook() {
        long now = changes.changeMark();
        boolean changed = now != seen;
        seen = now;
        return changed;
    }

    /**
     * Starts a daemon thread, named for the log, that looks every {@link #EVERY} and runs {@code onChange}
     * when something changed; interrupting it stops it.
     */
    Thread start(Runnable onChange) {
        Thread thread = new Thread(() -> watch(onChange), "needle-change-watcher");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void watch(Runnable onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(EVERY.toMillis());
                if (look()) {
                    onChange.run();
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean look() {
        try {
            boolean changed = changedSinceLastLook();
            if (failing) {
                failing = false;
                LOG.info("Looking for other sessions' changes works again");
            }
            return changed;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("Cannot look for other sessions' changes; open screens show what they had", e);
            }
            return false;
        }
    }
}
