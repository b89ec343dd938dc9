package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.EventStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EventStore contract against a real PostgreSQL server. */
class PostgresEventStoreTest extends EventStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
