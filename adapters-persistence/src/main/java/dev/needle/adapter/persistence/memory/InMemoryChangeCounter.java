package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.ChangeCounter;

/** The change counter of the in-memory stores: the writes their tables took, read under the database lock. */
final class InMemoryChangeCounter implements ChangeCounter {
    private final InMemoryDatabase db;

    InMemoryChangeCounter(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public long current() {
        return db.locked(db::changeCount);
    }
}
