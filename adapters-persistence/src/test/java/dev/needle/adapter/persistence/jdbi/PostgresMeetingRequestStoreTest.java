package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.MeetingRequestStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MeetingRequestStore contract against a real PostgreSQL server. */
class PostgresMeetingRequestStoreTest extends MeetingRequestStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
