package dev.needle.application.service.fake;

import dev.needle.application.port.out.BackgroundWork;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Background work on real daemon threads, as the app does it, with the failures of work nobody
 * waits for kept for a test to look at instead of logged.
 */
public final class WatchedThreads implements BackgroundWork {
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> idle = new CopyOnWriteArrayList<>();

    @Override
    public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        start(name, () -> {
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
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        };
    }

    @Override
    public void whenIdle(String name, Runnable work) {
        idle.add(start(name, () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }));
    }

    /** Waits for the work nobody else waits for to end. */
    public void awaitIdleWork() throws InterruptedException {
        for (Thread thread : idle) {
            thread.join();
        }
    }

    /** What work nobody waited for threw, in order. */
    public List<RuntimeException> failures() {
        return List.copyOf(failures);
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
