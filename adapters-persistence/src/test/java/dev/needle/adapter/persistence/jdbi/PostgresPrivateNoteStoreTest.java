package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.PrivateNoteStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PrivateNoteStore contract against a real Postgres database. */
class PostgresPrivateNoteStoreTest extends PrivateNoteStoreContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();
    private JdbiPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = DATABASES.freshPersistence();
        return JdbiStores.of(persistence);
    }

    @Override
    protected PrivateNoteStore privateNotes() {
        return persistence.privateNotes();
    }

    @Override
    protected TeamStore team() {
        return persistence.team();
    }
}
