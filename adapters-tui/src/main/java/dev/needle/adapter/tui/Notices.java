package dev.needle.adapter.tui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One-line notices from work running beside the sessions (the vdir sync on its interval): each open
 * full-screen session shows the line where its messages go, at its next draw. Process-wide, because
 * that work is: {@code needle serve} runs one sync for all its sessions.
 */
public final class Notices {
    private static final Set<Consumer<String>> SESSIONS = ConcurrentHashMap.newKeySet();

    private Notices() {
    }

    /** Shows {@code line} on every open session; safe from any thread. */
    public static void post(String line) {
        SESSIONS.forEach(session -> session.accept(line));
    }

    /** Registers a session's listener; running the result unregisters it. */
    static Runnable listen(Consumer<String> session) {
        SESSIONS.add(session);
        return () -> SESSIONS.remove(session);
    }
}
