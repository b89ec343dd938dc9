package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.TransactionsContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Transactions contract against a real H2 file database. */
class H2TransactionsTest extends TransactionsContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
