package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.PersonalLimitsStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PersonalLimitsStore contract against a real Postgres database. */
class PostgresPersonalLimitsStoreTest extends PersonalLimitsStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();
    private JdbiPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = DATABASES.freshPersistence();
        return JdbiStores.of(persistence);
    }

    @Override
    protected TeamStore team() {
        return persistence.team();
    }

    @Override
    protected PersonalLimitsStore limits() {
        return persistence.personalLimits();
    }
}
