package dev.needle.adapter.persistence.jdbi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Hands store calls the handle of the transaction running on this thread, so every store inside
 * {@link JdbiTransactions#inTransaction} lands together; outside one, each call gets a short handle
 * of its own from the pool.
 */
final class HandleScope {
    /** Work a store leaves for the end of the transaction, run on its handle just before it commits. */
    interface BeforeCommit {
        void beforeCommit(Handle handle);
    }

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<Map<Class<?>, BeforeCommit>> pending = new ThreadLocal<>();

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
            pending.set(new LinkedHashMap<>());
            try {
                return handle.inTransaction(h -> {
                    T result = work.apply(h);
                    pending.get().values().forEach(hook -> hook.beforeCommit(h));
                    return result;
                });
            } finally {
                pending.remove();
                current.remove();
            }
        }
    }

    /**
     * The running transaction's instance of {@code kind}, made on first use; its hook runs once, just
     * before that transaction commits, and it is dropped with a rollback. Call only inside
     * {@link #inTransaction}.
     */
    <S extends BeforeCommit> S beforeCommit(Class<S> kind, Supplier<S> create) {
        Map<Class<?>, BeforeCommit> hooks = pending.get();
        if (hooks == null) {
            throw new IllegalStateException("No transaction is running on this thread.");
        }
        return kind.cast(hooks.computeIfAbsent(kind, k -> create.get()));
    }
}
