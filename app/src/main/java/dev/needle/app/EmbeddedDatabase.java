package dev.needle.app;

import dev.needle.adapter.persistence.jdbi.H2Restore;
import dev.needle.adapter.persistence.jdbi.H2Urls;
import dev.needle.adapter.persistence.jdbi.JdbiPersistence;
import dev.needle.adapter.persistence.jdbi.RestoreRefusedException;
import dev.needle.adapter.persistence.jdbi.WrongPassphraseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Needle's own H2 database in the data folder: its random password, and, when it was created with
 * {@code init --encrypt}, the marker file that says so and the passphrase that unlocks it (from
 * {@code NEEDLE_PASSPHRASE} or asked at the terminal; never echoed, logged or stored).
 */
final class EmbeddedDatabase {
    static final String PASSPHRASE_VARIABLE = "NEEDLE_PASSPHRASE";
    /** Present when the database file is encrypted; its content is only a note for a curious reader. */
    static final String ENCRYPTED_MARKER = "encrypted";
    static final String PASSWORD_FILE = "db-password";
    static final String USER = "needle";

    private final Path dataDir;
    private final Map<String, String> env;
    private final PassphrasePrompt prompt;

    EmbeddedDatabase(Path dataDir, Map<String, String> env, PassphrasePrompt prompt) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.env = env;
        this.prompt = prompt;
    }

    boolean encrypted() {
        return Files.exists(dataDir.resolve(ENCRYPTED_MARKER));
    }

    Path databaseFile() {
        return H2Urls.databaseFile(dataDir);
    }

    /** Opens (creating if new) the database, asking for the passphrase if it is encrypted. */
    JdbiPersistence open() {
        return open(false, true);
    }

    /**
     * The same for a run that writes nothing and ends in moments: read-only when that changes nothing; a run
     * that reads no search text ({@code searches} false) does not need the kept ones current for that.
     */
    JdbiPersistence openToRead(boolean searches) {
        return open(true, searches);
    }

    /**
     * Opens the database for an import. A folder without one, not encrypted, gets it built aside and put
     * in place by {@link #putInPlace} once the import is done: a kill or failure meanwhile leaves the
     * folder without a database, as it was. Any other folder opens as {@link #open()} does.
     */
    JdbiPersistence openForImport() {
        if (encrypted() || Files.exists(databaseFile())) {
            return open();
        }
        PrivateFolder folder = PrivateFolder.create(dataDir);
        return JdbiPersistence.openNewAside(url(), USER, password(folder, false)).orElseGet(this::open);
    }

    /** Puts a database {@link #openForImport} built aside in place; false when another Needle created one first. */
    boolean putInPlace(JdbiPersistence db) {
        boolean placed = db.putInPlace();
        PrivateFolder.create(dataDir).tightenFiles();
        return placed;
    }

    private JdbiPersistence open(boolean toRead, boolean searches) {
        try {
            PrivateFolder folder = PrivateFolder.create(dataDir);
            String password = password(folder, false);
            JdbiPersistence db = toRead ? JdbiPersistence.openToRead(url(), USER, password, searches)
                    : JdbiPersistence.open(url(), USER, password);
            folder.tightenFiles();
            return db;
        } catch (WrongPassphraseException e) {
            throw new NeedleFailure(NeedleCommand.USAGE, e.getMessage());
        } finally {
            DatabaseAhead.letGo(); // the database opened ahead, if any, is open through this one's pool now
        }
    }

    /** Creates a new database, encrypted if asked; refuses a folder that already has one. */
    void create(boolean encrypt) {
        if (Files.exists(databaseFile())) {
            throw new NeedleFailure(NeedleCommand.BAD_INPUT, "a database already exists: " + databaseFile()
                    + (encrypt && !encrypted() ? "; to encrypt it, back it up, run `needle --data-dir NEW init --encrypt`"
                            + " and restore the backup there" : ""));
        }
        PrivateFolder folder = PrivateFolder.create(dataDir);
        if (encrypt) {
            String password = password(folder, true);
            // The marker first: a crash after it leaves a folder that asks for the passphrase and creates
            // the encrypted file, never an encrypted file that Needle would try to open as a plain one.
            folder.writeFile(ENCRYPTED_MARKER, "This data folder's database is encrypted (H2 CIPHER=AES).\n");
            JdbiPersistence.open(url(), USER, password).close();
        } else {
            JdbiPersistence.open(url(), USER, password(folder, false)).close();
        }
        folder.tightenFiles();
    }

    /** Loads a backup as this folder's database, all or nothing; returns the kept copy of a replaced one. */
    Optional<Path> restore(Path script, boolean force) {
        PrivateFolder folder = PrivateFolder.create(dataDir);
        try {
            Optional<Path> replaced = new H2Restore(dataDir, encrypted(), USER, password(folder, false)).restore(script, force);
            folder.tightenFiles();
            return replaced;
        } catch (RestoreRefusedException e) {
            throw new NeedleFailure(NeedleCommand.BAD_INPUT, e.getMessage());
        } catch (WrongPassphraseException e) {
            throw new NeedleFailure(NeedleCommand.USAGE, e.getMessage());
        }
    }

    private String url() {
        return encrypted() ? H2Urls.encryptedFileUrl(dataDir) : H2Urls.fileUrl(dataDir);
    }

    private String password(PrivateFolder folder, boolean creatingEncrypted) {
        String secret = folder.secret(PASSWORD_FILE);
        if (!creatingEncrypted && !encrypted()) {
            return secret;
        }
        char[] passphrase = creatingEncrypted ? newPassphrase() : passphrase();
        try {
            return H2Urls.encryptedPassword(passphrase, secret);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private char[] passphrase() {
        String fromEnv = env.get(PASSPHRASE_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return prompt.ask("Passphrase for " + databaseFile() + ": ").filter(p -> p.length > 0)
                .orElseThrow(() -> new NeedleFailure(NeedleCommand.USAGE, databaseFile() + " is encrypted: set "
                        + PASSPHRASE_VARIABLE + " or run needle in a terminal to be asked for the passphrase"));
    }

    /** A new passphrase: from the environment, or typed twice at the terminal so a typo cannot lock the data away. */
    private char[] newPassphrase() {
        String fromEnv = env.get(PASSPHRASE_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] first = prompt.ask("New passphrase for " + databaseFile() + ": ").filter(p -> p.length > 0)
                .orElseThrow(() -> new NeedleFailure(NeedleCommand.USAGE, "init --encrypt needs a passphrase: set "
                        + PASSPHRASE_VARIABLE + " or run needle in a terminal to be asked for it"));
        char[] again = prompt.ask("The same passphrase again: ").orElse(new char[0]);
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new NeedleFailure(NeedleCommand.USAGE, "the two passphrases differ; nothing was created");
        }
        return first;
    }
}
