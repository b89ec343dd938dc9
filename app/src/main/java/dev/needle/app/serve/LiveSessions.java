package dev.needle.app.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The sessions running right now, so stopping the server can end each one and wait for it. */
final class LiveSessions {
    private final Set<TuiShell> running = new HashSet<>();

    synchronized void add(TuiShell shell) {
        running.add(shell);
    }

    synchronized void remove(TuiShell shell) {
        running.remove(shell);
        notifyAll();
    }

    synchronized int count() {
        return running.size();
    }

    /** Ends, politely, every session nobody typed in for {@code limit}; how many it ended. */
    int endIdle(Duration limit) {
        List<TuiShell> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(running);
        }
        int ended = 0;
        for (TuiShell shell : snapshot) {
            if (shell.endIfIdle(limit)) {
                ended++;
            }
        }
        return ended;
    }

    /** Asks every session to quit, then waits up to {@code grace} for all of them to be gone. */
    boolean quitAll(Duration grace) throws InterruptedException {
        List<TuiShell> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(running);
        }
        snapshot.forEach(TuiShell::quit);
        Instant deadline = Instant.now().plus(grace);
        synchronized (this) {
            while (!running.isEmpty()) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            return true;
        }
    }
}
