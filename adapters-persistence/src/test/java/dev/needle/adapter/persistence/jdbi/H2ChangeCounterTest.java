package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.ChangeCounterContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ChangeCounter contract against a real H2 file database. */
class H2ChangeCounterTest extends ChangeCounterContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
