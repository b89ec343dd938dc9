package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.ChangeCounterContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ChangeCounter contract against a real PostgreSQL server. */
class PostgresChangeCounterTest extends ChangeCounterContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
