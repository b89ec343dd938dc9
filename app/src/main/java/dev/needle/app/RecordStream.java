package dev.needle.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records handed from the thread reading the files to the thread importing them, as they are read:
 * matching runs while the rest of a large file is still being parsed. One reader, one consumer, one
 * pass; a reading failure reaches the consumer as the exception its iteration throws.
 *
 * <p>The reader may run only {@value #AHEAD} batches ahead, then waits: an unbounded queue let it
 * finish half a second before the consumer of 100 000 LinkedIn rows, and the tens of thousands of
 * records waiting were copied into the old generation by the collector, pause after pause. A consumer
 * that stops early says so with {@link #abandon}, which lets a waiting reader go.
 */
final class RecordStream<T> implements Iterable<T> {
    /** Records go across in small batches: one hand-over per record would cost more than the record. */
    private static final int BATCH = 256;
    /** Batches the reader may hand over before the consumer takes them: enough that it never starves. */
    static final int AHEAD = 16;

    /** Thrown to the reader when the consumer has abandoned the stream: it should stop reading. */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the import stopped taking records", null, false, false);
        }
    }

    private sealed interface Item permits Batch, End, Failure {
    }

    private record Batch(List<?> people) implements Item {
    }

    private record End(int total) implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    /** Opened by the first hand-over: a batch, the end, or a failure. */
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean failed;
    private volatile boolean abandoned;
    private List<T> filling = new ArrayList<>(BATCH);
    private volatile int total = -1;
    private boolean iterated;
    /** The consumer has taken the end or the failure: nothing more will come. */
    private boolean ended;

    // The reading side.

    void add(T person) {
        filling.add(person);
        if (filling.size() == BATCH) {
            handOver(new Batch(filling));
            filling = new ArrayList<>(BATCH);
        }
    }

    /** Waits while the consumer is {@value #AHEAD} batches behind; throws {@link Abandoned} once it has gone. */
    private void handOver(Item item) {
        if (abandoned) {
            throw new Abandoned();
        }
        try {
            // abandon() empties the queue after setting its flag: a put waiting on a full queue goes on.
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
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
        try {
            handOver(new Failure(cause));
        } catch (Abandoned nobodyListens) {
            // The consumer has stopped already; the failure has nobody to tell.
        }
    }

    // The importing side.

    /**
     * The consumer takes no more records: a reader waiting to hand some over, or handing over later,
     * gets {@link Abandoned} and stops. Does nothing once the stream has been taken to its end.
     */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    /**
     * Takes the rest of the records and drops them, until the reading ends: for a consumer that gave
     * up but still wants to know whether the files were good. Throws the reading's failure, if any.
     */
    void skipRest() {
        if (ended) {
            return;
        }
        for (Item item = take(); ; item = take()) {
            ended = !(item instanceof Batch);
            if (item instanceof Failure failure) {
                throw rethrown(failure.cause());
            }
            if (item instanceof End) {
                return;
            }
        }
    }

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
                        RecordStream.this.ended = true;
                        throw rethrown(failure.cause());
                    } else {
                        ended = true;
                        RecordStream.this.ended = true;
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
