package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.InteractionStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The InteractionStore contract against a real PostgreSQL server. */
class PostgresInteractionStoreTest extends InteractionStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
