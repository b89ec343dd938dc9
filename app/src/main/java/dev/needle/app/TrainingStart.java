package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The start the launcher runs after a full-screen session on JDK 25 or later, on a terminal of its own
 * that nobody sees, to record the start-up cache from: a real start that ends at its first frame, without
 * the search index's warm-up or a configured sync. A cache recorded from a whole session made every later
 * start load and compile what that session used (docs/performance.md). It must never create a database,
 * ask anything, or hold the file another session would then reach through it, so it runs only where a
 * real start would open an existing database without asking.
 */
final class TrainingStart {
    /** The system property the launcher sets on a training start. */
    static final String PROPERTY = "needle.trainingStart";
    /** Not now: the database is missing or in another process's hands; the next session may train. */
    static final int NOT_NOW = NeedleCommand.MACHINE;
    /** Never here: a start that asks for a passphrase or names its database on the command line. */
    static final int NEVER_HERE = 4;

    private TrainingStart() {
    }

    static boolean asked() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Why {@code fullScreen} cannot train in the environment {@code env}, as an exit code; empty when it can. */
    static Optional<Integer> refusal(Optional<FullScreenStart> fullScreen, Map<String, String> env) {
        Optional<Path> dataDir = fullScreen.flatMap(start -> start.ownDataDir(env));
        if (dataDir.isEmpty()) {
            return Optional.of(NEVER_HERE);
        }
        if (DatabaseAhead.namesOtherDatabase(env)) {
            return Optional.empty(); // a server's database: opened as any start opens it
        }
        Path dir = dataDir.get();
        if (Files.exists(dir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER))) {
            return Optional.of(NEVER_HERE);
        }
        if (!Files.isRegularFile(H2Urls.databaseFile(dir)) || Files.exists(H2Urls.lockFile(dir))) {
            return Optional.of(NOT_NOW);
        }
        return Optional.empty();
    }
}
