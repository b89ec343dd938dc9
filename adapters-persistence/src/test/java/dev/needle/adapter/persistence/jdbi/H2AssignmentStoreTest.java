package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.AssignmentStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AssignmentStore contract against a real H2 database. */
class H2AssignmentStoreTest extends AssignmentStoreContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();
    private JdbiPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = DATABASES.freshPersistence();
        return JdbiStores.of(persistence);
    }

    @Override
    protected AssignmentStore assignments() {
        return persistence.assignments();
    }

    @Override
    protected TeamStore team() {
        return persistence.team();
    }
}
