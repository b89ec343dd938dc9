package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.TransactionsContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Transactions contract against a real PostgreSQL server. */
class PostgresTransactionsTest extends TransactionsContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
