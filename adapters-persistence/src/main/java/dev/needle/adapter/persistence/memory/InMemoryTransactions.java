package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.Transactions;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores: holds the database lock for the whole work and puts every
 * table back as it was when the work does not complete.
 */
final class InMemoryTransactions implements Transactions {
    private final InMemoryDatabase db;

    InMemoryTransactions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.locked(() -> db.isNested() ? work.get() : rollingBackOnFailure(work));
    }

    private <T> T rollingBackOnFailure(Supplier<T> work) {
        InMemoryDatabase.Snapshot before = db.snapshot();
        boolean completed = false;
        try {
            T result = work.get();
            completed = true;
            return result;
        } finally {
            // A finally block rather than a catch, so even an exception the compiler does not see rolls back.
            if (!completed) {
                db.restore(before);
            }
        }
    }
}
