package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.ContactStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ContactStore contract against a real PostgreSQL server. */
class PostgresContactStoreTest extends ContactStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
