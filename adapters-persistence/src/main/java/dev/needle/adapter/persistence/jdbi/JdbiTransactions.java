package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.Transactions;
import java.util.function.Supplier;

/** Database transactions for the use cases: every JDBI store called inside joins the same one. */
final class JdbiTransactions implements Transactions {
    private final HandleScope scope;

    JdbiTransactions(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return scope.inTransaction(handle -> work.get());
    }

    @Override
    public <T> T inLargeTransaction(Supplier<T> work) {
        return scope.inLargeTransaction(handle -> work.get());
    }
}
