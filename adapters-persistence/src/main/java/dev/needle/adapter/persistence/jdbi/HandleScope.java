package dev.needle.adapter.persistence.jdbi;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Hands store calls the handle of the transaction running on this thread, so every store inside
 * {@link JdbiTransactions#inTransaction} lands together; outside one, each call gets a short handle
 * of its own from the pool.
 */
final class HandleScope {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    HandleScope(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs a read on the current transaction's handle, or on a short one. */
    <T> T read(Function<Handle, T> work) {
        Handle bound = current.get();
        return bound != null ? work.apply(bound) : jdbi.withHandle(work::apply);
    }

    /**
     * Runs work in a transaction: joins the one already running on this thread, otherwise opens,
     * commits (or on any exception rolls back) and closes one.
     */
    <T> T inTransaction(Function<Handle, T> work) {
        Handle bound = current.get();
        if (bound != null) {
            return work.apply(bound);
        }
        try (Handle handle = jdbi.open()) {
            current.set(handle);
            try {
                return handle.inTransaction(work::apply);
            } finally {
                current.remove();
            }
        }
    }
}
