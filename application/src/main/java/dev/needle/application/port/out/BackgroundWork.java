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
     * Starts {@code work} at low priority with nobody waiting for it; a failure is recorded in the log,
     * since no screen is there to show it.
     */
    void whenIdle(String name, Runnable work);
}
