package dev.needle.app;

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

    private Databases() {}

    static OpenDatabase open(Optional<String> url, Path dataDir, Map<String, String> env) {
        return open(url, dataDir, env, PassphrasePrompt.console());
    }

    static OpenDatabase open(Optional<String> url, Path dataDir, Map<String, String> env, PassphrasePrompt prompt) {
        if (url.isPresent() && url.get().equals(MEMORY)) {
            InMemoryPersistence db = InMemoryPersistence.open();
            return new OpenDatabase(new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(),
                    db.interactions(), db.meetingRequests(), db.budget(), db.transactions(), db.ids(), db.changes(),
                    db.keepInTouch(), db.sentReminders(), db.loggedSources(),
                    db.syncStates(), db.team(), db.marks(), db.assignments(), db.privateNotes(),
                db.personalLimits()), () -> { });
        }
        if (url.isPresent()) {
            return jdbi(openJdbi(url, dataDir, env, prompt));
        }
        return jdbi(new EmbeddedDatabase(dataDir, env, prompt).open());
    }

    /**
     * The same for a run that writes nothing and ends in moments: the data folder's own database is
     * opened read-only when that changes nothing ({@link EmbeddedDatabase#openToRead}).
     */
    static OpenDatabase openToRead(Optional<String> url, Path dataDir, Map<String, String> env, PassphrasePrompt prompt,
                                   boolean searches) {
        return url.isPresent() ? open(url, dataDir, env, prompt)
                : jdbi(new EmbeddedDatabase(dataDir, env, prompt).openToRead(searches));
    }

    /**
     * The same for an import: a data folder without a database gets it built aside whole and put in
     * place by {@link OpenDatabase#putInPlace} once the import is done ({@link EmbeddedDatabase#openForImport}).
     */
    static OpenDatabase openForImport(Optional<String> url, Path dataDir, Map<String, String> env, PassphrasePrompt prompt) {
        if (url.isPresent()) {
            return open(url, dataDir, env, prompt);
        }
        EmbeddedDatabase embedded = new EmbeddedDatabase(dataDir, env, prompt);
        JdbiPersistence db = embedded.openForImport();
        OpenDatabase plain = jdbi(db);
        return new OpenDatabase(plain.stores(), db, () -> embedded.putInPlace(db));
    }

    /** The chosen SQL database itself, for what only it can do (backups); refuses {@code mem:}. */
    static JdbiPersistence openJdbi(Optional<String> url, Path dataDir, Map<String, String> env, PassphrasePrompt prompt) {
        if (url.isPresent() && url.get().equals(MEMORY)) {
            throw new NeedleFailure(NeedleCommand.USAGE, "mem: keeps nothing on disk");
        }
        if (url.isPresent()) {
            return JdbiPersistence.open(url.get(), env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE));
        }
        return new EmbeddedDatabase(dataDir, env, prompt).open();
    }

    private static OpenDatabase jdbi(JdbiPersistence db) {
        return new OpenDatabase(new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(),
                db.interactions(), db.meetingRequests(), db.budget(), db.transactions(), db.ids(), db.changes(),
                db.keepInTouch(), db.sentReminders(), db.loggedSources(),
                db.syncStates(), db.team(), db.marks(), db.assignments(), db.privateNotes(),
                db.personalLimits()), db);
    }
}
