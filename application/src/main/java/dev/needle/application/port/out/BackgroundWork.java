package dev.needle.application.port.out;

import java.util.function.Supplier;

/**
 * Work done on another thread. The application ring starts no threads itself: how work runs beside
 * the caller, and where a failure nobody waits for is written down, is the composition root's choice.
 */
public interface BackgroundWork {
    /**
     * Starts {@code work} on another thread and returns a way to wait for its result; waiting throws
     * the work's own failure.
     */
    <T> Supplier<T> meanwhile(String name, Supplier<T> work);

    /**
     * {@code work} on another thread, as {@link #meanwhile}; if it fails there, the one who waits does it
     * again on its own thread and sees that attempt's failure if it fails too, as when nothing ran aside.
     */
    default <T> Supplier<T> meanwhileOrHere(String name, Supplier<T> work) {
        Supplier<T> there = meanwhile(name, work);
        return () -> {
            try {
                return there.get();
            } catch (RuntimeException failed) {
                return work.get();
            }
        };
    }

    /**
     * Starts {@code work} at low priority with nobody waiting for it; a failure is recorded in the log,
     * since no screen is there to show it.
     */
    void whenIdle(String name, Runnable work);
}
