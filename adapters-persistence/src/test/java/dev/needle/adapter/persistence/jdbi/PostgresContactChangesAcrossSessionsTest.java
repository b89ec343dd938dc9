package dev.needle.adapter.persistence.jdbi;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two sessions on one PostgreSQL database, as a small team sharing a server would have. */
class PostgresContactChangesAcrossSessionsTest extends ContactChangesAcrossSessionsContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();

    private String url;

    @BeforeEach
    void freshDatabase() {
        url = DATABASES.freshUrl();
    }

    @Override
    protected JdbiPersistence openSession() {
        return JdbiPersistence.open(url, SharedPostgres.USER, null);
    }
}
