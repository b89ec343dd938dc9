package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.DirectionStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DirectionStore contract against a real PostgreSQL server. */
class PostgresDirectionStoreTest extends DirectionStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
