package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.IdSourceContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdSource contract against a real PostgreSQL server. */
class PostgresIdSourceTest extends IdSourceContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
