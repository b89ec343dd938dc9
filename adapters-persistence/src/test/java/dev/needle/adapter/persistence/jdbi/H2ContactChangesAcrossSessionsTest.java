package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Two sessions on one H2 file, opened with the application's auto-server URL. */
class H2ContactChangesAcrossSessionsTest extends ContactChangesAcrossSessionsContract {
    @TempDir
    Path dataDir;

    @Override
    protected JdbiPersistence openSession() {
        return JdbiPersistence.open(H2Urls.fileUrl(dataDir), FreshH2Databases.USER, FreshH2Databases.PASSWORD);
    }
}
