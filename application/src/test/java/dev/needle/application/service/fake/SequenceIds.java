package dev.needle.application.service.fake;

import dev.needle.application.port.out.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/** Ids 1, 2, 3… starting where the test says, so seeded records never collide with new ones. */
public final class SequenceIds implements IdSource {
    private final AtomicLong last;

    public SequenceIds(long first) {
        this.last = new AtomicLong(first - 1);
    }

    @Override
    public long next() {
        return last.incrementAndGet();
    }
}
