package dev.needle.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Hands store calls the handle of the transaction running on this thread, so every store inside
 * {@link JdbiTransactions#inTransaction} lands together; outside one, each call gets a short handle
 * of its own from the pool. Every store reaches the database only through here, so whatever the
 * database throws passes one translation on its way out (a full disk, a closed database become the
 * application's own exception), at every method of every store, without a try in each.
 */
final class HandleScope {
    /** Work a store leaves for the end of the transaction, run on its handle just before it commits. */
    interface BeforeCommit {
        void beforeCommit(Handle handle);
    }

    private final Jdbi jdbi;
    private final boolean h2;
    private final Function<RuntimeException, RuntimeException> translate;
    /** Whether a large unit may commit in steps: only on a database nobody sees before it is put in place. */
    private final boolean inSteps;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<Map<Class<?>, BeforeCommit>> pending = new ThreadLocal<>();
    private final ThreadLocal<Boolean> large = new ThreadLocal<>();

    /** {@code translate} turns what a store's work threw into what the store throws (idempotent: scopes nest). */
    HandleScope(Jdbi jdbi, boolean h2, Function<RuntimeException, RuntimeException> translate) {
        this(jdbi, h2, false, translate);
    }

    HandleScope(Jdbi jdbi, boolean h2, boolean inSteps, Function<RuntimeException, RuntimeException> translate) {
        this.jdbi = jdbi;
        this.h2 = h2;
        this.inSteps = inSteps;
        this.translate = translate;
    }

    /** Runs a read on the current transaction's handle, or on a short one. */
    <T> T read(Function<Handle, T> work) {
        try {
            Handle bound = current.get();
            return bound != null ? work.apply(bound) : jdbi.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw translate.apply(e);
        }
    }

    /**
     * Runs a read of whole tables (every contact, for an export or the search index). On H2 its queries
     * run lazily: rows stream from the table as they are fetched, instead of being copied into a result
     * first, which past some tens of thousands of rows spills into a temporary file; reading 100 000
     * contacts took about half as long. {@code work} must read each result to its end before the next
     * query, as JDBI's {@code list()} and {@code forEach} do.
     */
    <T> T readWholeTables(Function<Handle, T> work) {
        if (!h2) {
            return read(work);
        }
        return read(handle -> {
            PlainStatements.execute(handle.getConnection(), "SET LAZY_QUERY_EXECUTION TRUE");
            RuntimeException failed = null;
            try {
                return work.apply(handle);
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            } finally {
                // The connection goes back to the pool: later reads must not inherit lazy results.
                try {
                    PlainStatements.execute(handle.getConnection(), "SET LAZY_QUERY_EXECUTION FALSE");
                } catch (RuntimeException e) {
                    if (failed == null) {
                        throw e;
                    }
                    failed.addSuppressed(e);
                }
            }
        });
    }

    /**
     * Whether reading a column of a row costs reading the whole row: H2 decodes each row whole, while
     * PostgreSQL keeps long values (a photo) apart and reads them only when they are asked for.
     */
    boolean readsRowsWhole() {
        return h2;
    }

    /** Whether a transaction is running on this thread, which a store's call would join. */
    boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs work in a transaction: joins the one already running on this thread, otherwise opens,
     * commits (or on any exception rolls back) and closes one.
     */
    <T> T inTransaction(Function<Handle, T> work) {
        try {
            return transaction(work);
        } catch (RuntimeException e) {
            throw translate.apply(e);
        }
    }

    private <T> T transaction(Function<Handle, T> work) {
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
     * Runs a large unit of work as {@link #inTransaction} does; on a database built aside, the stores
     * may commit its rows in steps ({@link #commitStep}) while the work to do before the commit (the
     * revision, the change set, the change counter) still runs once, at its end.
     */
    <T> T inLargeTransaction(Function<Handle, T> work) {
        if (!inSteps || current.get() != null) {
            return inTransaction(work);
        }
        large.set(Boolean.TRUE);
        try {
            return inTransaction(work);
        } finally {
            large.remove();
        }
    }

    /**
     * Commits what the running large unit wrote so far, when it may be committed in steps: H2 then
     * keeps a batch's pages in memory, committed, instead of writing them out uncommitted and rewriting
     * every entry at the end. Anywhere else it does nothing.
     */
    void commitStep(Handle handle) {
        if (!inSteps()) {
            return;
        }
        try {
            handle.getConnection().commit();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /**
     * A connection of its own to the database, beside the running large unit's: only while that unit
     * commits in steps ({@link #inSteps}), so what is written on it is seen by nobody before the
     * database built aside is put in place. The caller closes it.
     */
    Handle openBeside() {
        if (!inSteps()) {
            throw new IllegalStateException("A connection beside the unit's is only for a unit committed in steps.");
        }
        return jdbi.open();
    }

    /** Whether the running unit commits in steps ({@link #commitStep}): a large one, on a database built aside. */
    boolean inSteps() {
        return large.get() != null;
    }

    /**
     * Runs a store's write in a transaction (joining the one running, as {@link #inTransaction} does) and
     * marks that transaction as one that changed something, so it moves the store-wide change counter
     * when it commits. Reads never do, so a screen reloading after a change does not cause another.
     */
    <T> T write(Function<Handle, T> work) {
        return inTransaction(handle -> {
            beforeCommit(PendingStoreChange.class, PendingStoreChange::new);
            return work.apply(handle);
        });
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
