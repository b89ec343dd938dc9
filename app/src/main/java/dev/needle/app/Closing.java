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

    static boolean begun() {
        return begun;
    }
}
