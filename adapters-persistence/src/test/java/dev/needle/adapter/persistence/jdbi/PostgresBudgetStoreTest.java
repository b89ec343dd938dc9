package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.BudgetStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The BudgetStore contract against a real PostgreSQL server. */
class PostgresBudgetStoreTest extends BudgetStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
