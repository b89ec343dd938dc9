package dev.needle.adapter.tui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Today drawn again once the people losing touch are known: the thread that says so waits for that
 * frame, so what it does next (the app gives the heap back after reading everyone) also finds what the
 * drawing left behind. It waits a few seconds at most, and not at all once the session has ended.
 */
final class DrawnAgain {
    private static final long MOST_SECONDS = 5;
    private final CountDownLatch drawn = new CountDownLatch(1);
    private volatile boolean asked;

    /** {@code reload} (which only asks the session to draw again), then waiting for that frame. */
    Runnable after(Runnable reload) {
        return () -> {
            asked = true;
            reload.run();
            try {
                drawn.await(MOST_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A frame drawn after a change: the one waited for, once asked. */
    void drewChange() {
        if (asked) {
            drawn.countDown();
        }
    }

    /** The session has ended: nothing is waited for. */
    void ended() {
        drawn.countDown();
    }
}
