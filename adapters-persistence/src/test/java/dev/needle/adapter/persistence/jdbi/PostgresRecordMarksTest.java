package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.RecordMarksContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RecordMarks contract against a real Postgres database. */
class PostgresRecordMarksTest extends RecordMarksContract {
    @RegisterExtension
    static final FreshPostgresDatabases DATABASES = new FreshPostgresDatabases();
    private JdbiPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = DATABASES.freshPersistence();
        return JdbiStores.of(persistence);
    }

    @Override
    protected RecordMarks marks() {
        return persistence.marks();
    }
}
