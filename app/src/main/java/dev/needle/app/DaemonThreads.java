package dev.needle.app;

import dev.needle.application.port.out.BackgroundWork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work on daemon threads, so it never keeps a finished command alive. Work nobody waits
 * for runs at low priority, and its failure goes to the log file: no screen is there to show it.
 */
final class DaemonThreads implements BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonThreads.class);
    private final BooleanSupplier closing;

    DaemonThreads() {
        this(Closing::begun);
    }

    /** {@code closing} tells whether the database is being let go of, so work failing then is expected. */
    DaemonThreads(BooleanSupplier closing) {
        this.closing = closing;
    }

    @Override
    public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        start(name, Thread.NORM_PRIORITY, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return () -> {
            try {
                return result.join();
            } catch (CompletionException e) {
                // The caller sees the work's own failure, as if it had run the work itself.
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        };
    }

    @Override
    public void whenIdle(String name, Runnable work) {
        start(name, Thread.MIN_PRIORITY, () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                if (closing.getAsBoolean()) {
                    LOG.info("Background work {} stopped: Needle was closing its database", name);
                } else {
                    LOG.warn("Background work {} failed; whatever needs it will try again", name, e);
                }
            }
        });
    }

    private static void start(String name, int priority, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(priority);
        thread.start();
    }
}
