package dev.needle.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records handed from the thread reading the files to the thread importing them, as they are read:
 * matching runs while the rest of a large file is still being parsed. One reader, one consumer, one
 * pass. The queue has no bound, so the reader never waits (it holds no more than a finished read
 * would); a reading failure reaches the consumer as the exception its iteration throws.
 */
final class RecordStream<T> implements Iterable<T> {
    /** Records go across in small batches: one hand-over per record would cost more than the record. */
    private static final int BATCH = 256;

    private sealed interface Item permits Batch, End, Failure {
    }

    private record Batch(List<?> people) implements Item {
    }

    private record End(int total) implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    /** Opened by the first hand-over: a batch, the end, or a failure. */
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean failed;
    private List<T> filling = new ArrayList<>(BATCH);
    private volatile int total = -1;
    private boolean iterated;

    // The reading side.

    void add(T person) {
        filling.add(person);
        if (filling.size() == BATCH) {
            handOver(new Batch(filling));
            filling = new ArrayList<>(BATCH);
        }
    }

    private void handOver(Item item) {
        queue.add(item);
        started.countDown();
    }

    void finish(int count) {
        if (!filling.isEmpty()) {
            handOver(new Batch(filling));
            filling = List.of();
        }
        total = count;
        handOver(new End(count));
    }

    /** The reading stopped: the importing side throws {@code cause} instead of waiting on for more. */
    void fail(Throwable cause) {
        filling = List.of();
        failed = true;
        handOver(new Failure(cause));
    }

    // The importing side.

    /**
     * Waits until the reader has handed over its first batch, reached the end or failed, or until
     * {@code patience} has passed: a file refused at its first records is then told before anything else.
     */
    /** Whether the reading has stopped on a failure (the importing side will throw it). */
    boolean failed() {
        return failed;
    }

    void awaitFirstHandOver(Duration patience) {
        try {
            started.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many records there are, once the reading has finished. */
    OptionalInt total() {
        int known = total;
        return known < 0 ? OptionalInt.empty() : OptionalInt.of(known);
    }

    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("The records can be taken only once.");
        }
        iterated = true;
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !ended) {
                    Item item = take();
                    if (item instanceof Batch batch) {
                        current = RecordStream.<T>batchOf(batch).iterator();
                    } else if (item instanceof Failure failure) {
                        ended = true;
                        throw rethrown(failure.cause());
                    } else {
                        ended = true;
                    }
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** A batch holds what {@link #add} was given, which is a {@code T}. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> batchOf(Batch batch) {
        return (List<T>) batch.people();
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("reading the records failed", cause);
    }

    private Item take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the records being read", e);
        }
    }
}
