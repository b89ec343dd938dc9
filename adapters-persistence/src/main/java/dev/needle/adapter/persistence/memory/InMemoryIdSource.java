package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids counted up in memory. Like a database sequence it is outside transactions: an id drawn in
 * work that rolls back is simply never used.
 */
final class InMemoryIdSource implements IdSource {
    private final AtomicLong last = new AtomicLong();

    @Override
    public long next() {
        return last.incrementAndGet();
    }

    @Override
    public void skipPast(long id) {
        last.accumulateAndGet(id, Math::max);
    }
}
