package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.TeamStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TeamStore contract against a real Postgres database. */
class PostgresTeamStoreTest extends TeamStoreContract {
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
}
