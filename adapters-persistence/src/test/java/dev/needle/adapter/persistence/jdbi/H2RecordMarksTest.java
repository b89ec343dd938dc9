package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.RecordMarksContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RecordMarks contract against a real H2 database. */
class H2RecordMarksTest extends RecordMarksContract {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();
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
