package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Child rows follow their owner on Postgres. */
class PostgresChildRowsTest extends ChildRowsContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
