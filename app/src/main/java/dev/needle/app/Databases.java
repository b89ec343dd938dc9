package dev.needle.app;

import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the database the user chose with {@code --db} (or the default H2 file in the data folder). */
final class Databases {
    static final String MEMORY = "mem:";

    private Databases() {}

    static OpenDatabase open(Optional<String> url, Path dataDir) {
        if (url.isPresent() && url.get().equals(MEMORY)) {
            InMemoryPersistence db = InMemoryPersistence.open();
            return new OpenDatabase(new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(),
                    db.interactions(), db.meetingRequests(), db.budget(), db.transactions(), db.ids()), () -> { });
        }
        // The JDBI adapters (H2 file by default, PostgreSQL) are wired here when they land.
        throw new IllegalStateException("only --db mem: can be opened in this build");
    }
}
