package dev.needle.app;

import dev.needle.application.port.in.ImportedPerson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Records handed from the thread reading the files to the thread importing them, as they are read:
 * matching runs while the rest of a large file is still being parsed. One reader, one consumer, one
 * pass. The queue has no bound, so the reader never waits (it holds no more than a finished read
 * would); a reading failure reaches the consumer as the exception its iteration throws.
 */
final class RecordStream implements Iterable<ImportedPerson> {
    /** Records go across in small batches: one hand-over per record would cost more than the record. */
    private static final int BATCH = 256;

    private sealed interface Item permits Batch, End, Failure {
    }

    private record Batch(List<ImportedPerson> people) implements Item {
    }

    private record End(int total) implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private List<ImportedPerson> filling = new ArrayList<>(BATCH);
    private volatile int total = -1;
    private boolean iterated;

    // The reading side.

    void add(ImportedPerson person) {
        filling.add(person);
        if (filling.size() == BATCH) {
            queue.add(new Batch(filling));
            filling = new ArrayList<>(BATCH);
        }
    }

    void finish(int count) {
        if (!filling.isEmpty()) {
            queue.add(new Batch(filling));
            filling = List.of();
        }
        total = count;
        queue.add(new End(count));
    }

    /** The reading stopped: the importing side throws {@code cause} instead of waiting on for more. */
    void fail(Throwable cause) {
        filling = List.of();
        queue.add(new Failure(cause));
    }

    // The importing side.

    /** How many records there are, once the reading has finished. */
    OptionalInt total() {
        int known = total;
        return known < 0 ? OptionalInt.empty() : OptionalInt.of(known);
    }

    @Override
    public Iterator<ImportedPerson> iterator() {
        if (iterated) {
            throw new IllegalStateException("The records can be taken only once.");
        }
        iterated = true;
        return new Iterator<>() {
            private Iterator<ImportedPerson> current = List.<ImportedPerson>of().iterator();
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !ended) {
                    Item item = take();
                    if (item instanceof Batch batch) {
                        current = batch.people().iterator();
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
            public ImportedPerson next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
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
