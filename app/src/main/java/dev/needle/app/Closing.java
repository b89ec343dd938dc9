package dev.needle.app;

/**
 * Whether this process has begun to let go of its database. Background work still reading then (the
 * search index's warm-up after a quick quit) fails as it should, which is no fault worth a warning.
 */
final class Closing {
    private static volatile boolean begun;

    private Closing() {}

    static void begin() {
        begun = true;
    }

    /**
     * Marks closing on a signal too (SIGTERM to {@code needle serve}, a hang-up): H2 closes its files
     * from a shutdown hook of its own then, under whatever still reads.
     */
    static void beginOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(Closing::begin, "needle-closing"));
    }

    static boolean begun() {
        return begun;
    }
}
