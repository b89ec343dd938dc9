package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import dev.needle.adapter.persistence.jdbi.JdbiPersistence;
import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the database the user chose with {@code --db}: {@code mem:} (nothing kept), a
 * {@code jdbc:h2:} or {@code jdbc:postgresql:} URL, or by default the H2 file in the data folder.
 * Credentials for a URL come from {@code NEEDLE_DB_USER} / {@code NEEDLE_DB_PASSWORD} (or the URL
 * itself, for PostgreSQL); they are never printed or logged.
 */
final class Databases {
    static final String MEMORY = "mem:";
    static final String USER_VARIABLE = "NEEDLE_DB_USER";
    static final String PASSWORD_VARIABLE = "NEEDLE_DB_PASSWORD";
    private static final String EMBEDDED_USER = "needle";

    private Databases() {}

    static OpenDatabase open(Optional<String> url, Path dataDir, Map<String, String> env) {
        if (url.isPresent() && url.get().equals(MEMORY)) {
            InMemoryPersistence db = InMemoryPersistence.open();
            return new OpenDatabase(new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(),
                    db.interactions(), db.meetingRequests(), db.budget(), db.transactions(), db.ids()), () -> { });
        }
        if (url.isPresent()) {
            return jdbi(JdbiPersistence.open(url.get(), env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)));
        }
        PrivateFolder folder = PrivateFolder.create(dataDir);
        String password = folder.secret("db-password");
        JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), EMBEDDED_USER, password);
        folder.tightenFiles();
        return jdbi(db);
    }

    private static OpenDatabase jdbi(JdbiPersistence db) {
        return new OpenDatabase(new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(),
                db.interactions(), db.meetingRequests(), db.budget(), db.transactions(), db.ids()), db);
    }
}
