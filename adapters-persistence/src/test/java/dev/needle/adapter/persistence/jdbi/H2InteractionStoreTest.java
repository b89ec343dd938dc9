package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.InteractionStoreContract;
import dev.needle.application.port.out.contract.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The InteractionStore contract against a real H2 file database. */
class H2InteractionStoreTest extends InteractionStoreContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    @Override
    protected Stores stores() {
        return DATABASES.fresh();
    }
}
