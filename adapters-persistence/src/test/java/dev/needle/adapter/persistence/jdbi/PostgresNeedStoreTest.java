package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.NeedStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The NeedStore contract against a real PostgreSQL server. */
class PostgresNeedStoreTest extends NeedStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
