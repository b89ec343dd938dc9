package dev.needle.app;

import dev.needle.application.port.out.BackgroundWork;
import java.util.function.Supplier;

/**
 * Background work followed by one full collection of the heap once work nobody waits for has finished.
 * That work is the search index's read of everyone: it leaves pages of rows and the index it built
 * behind, and the serial collector gives memory back to the system only after a full collection (with
 * the launcher's free-ratio flags), so collecting then keeps the process near what stays live.
 */
final class CollectAfterIdleWork implements BackgroundWork {
    /**
     * Set by the launcher together with the flags that let the heap shrink: on JDK 25 and later for a large
     * database, or when {@code NEEDLE_SMALL_HEAP=1}.
     */
    static final String PROPERTY = "needle.giveBackHeap";
    private final BackgroundWork threads;
    private final Runnable collect;

    CollectAfterIdleWork(BackgroundWork threads) {
        this(threads, System::gc);
    }

    /**
     * The index's background threads, collecting after the read of everyone only when the heap may
     * shrink: with the launcher's default flags the heap starts whole (a small young generation cost the
     * first frame about 80 ms, docs/performance.md), so a full collection would give nothing back.
     */
    static BackgroundWork chosen() {
        return Boolean.getBoolean(PROPERTY) ? new CollectAfterIdleWork(new DaemonThreads()) : new DaemonThreads();
    }

    CollectAfterIdleWork(BackgroundWork threads, Runnable collect) {
        this.threads = threads;
        this.collect = collect;
    }

    @Override
    public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
        return threads.meanwhile(name, work); // someone waits for this: it is part of a frame, not an idle moment
    }

    @Override
    public void whenIdle(String name, Runnable work) {
        threads.whenIdle(name, () -> {
            work.run(); // a failure skips the collection: nothing was kept, and it is logged as before
            collect.run();
        });
    }
}
