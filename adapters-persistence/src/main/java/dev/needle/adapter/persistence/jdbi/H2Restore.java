package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Puts a backup made by {@link JdbiPersistence#backupTo} back as the embedded database of a data folder,
 * all or nothing: the script is loaded into a new file beside the database, checked, and only then
 * renamed over it in one atomic step. A crash or a bad script leaves the old database as it was.
 */
public final class H2Restore {
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** Tables that hold no data of the user's, only how the database keeps track (see {@link #holdsData}). */
    private static final Set<String> BOOKKEEPING = Set.of(
            "flyway_schema_history", "contact_revision", "contact_change_sets", "contact_tombstones", "store_changes",
            "contact_search_texts", "contact_search_state");

    private final Path dataDir;
    private final boolean encrypted;
    private final String user;
    private final String password;

    /**
     * @param password the database password; for an encrypted file, {@link H2Urls#encryptedPassword}
     */
    public H2Restore(Path dataDir, boolean encrypted, String user, String password) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.encrypted = encrypted;
        this.user = user;
        this.password = password;
    }

    /**
     * Loads {@code script} as the database of the data folder. A database that holds data is replaced
     * only with {@code force}; its old file is then kept in {@code backups/}.
     *
     * @return the copy of the replaced database, if one was kept
     * @throws RestoreRefusedException when the database holds data and {@code force} is false, when
     *     another session has it open, or when the script is not a Needle backup
     * @throws dev.needle.application.StorageFailedException when the disk is full or the folder may not be
     *     written; nothing was changed
     */
    public Optional<Path> restore(Path script, boolean force) {
        if (!Files.isRegularFile(script)) {
            throw new RestoreRefusedException("no such backup file: " + script);
        }
        if (!encrypted && !isZip(script)) {
            throw new RestoreRefusedException(script + " is not a backup of an unencrypted database (an encrypted backup "
                    + "restores only into a folder made with init --encrypt and the same passphrase); nothing was changed");
        }
        Path live = H2Urls.databaseFile(dataDir);
        // Held until the new file is in place, so no other session can open the old one meanwhile.
        try (Connection guard = Files.exists(live) ? connectExclusively() : null) {
            boolean holdsData = guard != null && holdsData(guard);
            if (holdsData && !force) {
                throw new RestoreRefusedException("the database in " + dataDir + " already holds data; "
                        + "restore replaces it only when forced (--force)");
            }
            return replace(live, script, holdsData);
        } catch (SQLException e) {
            unlessTheMachineFailed(e);
            throw new RestoreRefusedException("cannot read the database in " + dataDir + ": " + firstLine(e));
        }
    }

    /** A full disk or a folder Needle may not write to is the machine's failure, not the backup's. */
    private void unlessTheMachineFailed(Exception e) {
        StorageFailures.inFolder(dataDir).tellAtOpen(e).ifPresent(told -> {
            throw told;
        });
    }

    private Optional<Path> replace(Path live, Path script, boolean keepOld) {
        Path staging = createStaging();
        try {
            load(staging, script);
            Optional<Path> kept = Optional.empty();
            if (keepOld) {
                Path copy = H2Scripts.newBackupFile(dataDir, "needle-replaced", ".mv.db");
                Files.copy(live, copy, StandardCopyOption.COPY_ATTRIBUTES);
                H2Scripts.ownerOnly(copy);
                kept = Optional.of(copy);
            }
            // One rename: either the old database or the restored one is there, never neither.
            Files.move(H2Urls.databaseFile(staging), live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            unlessTheMachineFailed(e);
            throw new UncheckedIOException("cannot put the restored database in place: " + e.getMessage(), e);
        } finally {
            H2Scripts.deleteQuietly(staging);
        }
    }

    private static boolean isZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private Path createStaging() {
        try {
            Files.createDirectories(dataDir);
            return Files.createTempDirectory(dataDir, "restore-");
        } catch (IOException e) {
            unlessTheMachineFailed(e);
            throw new UncheckedIOException("cannot create a folder to restore into in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void load(Path staging, Path script) {
        try (Connection connection = connect(encrypted ? H2Urls.encryptedFileUrl(staging) : H2Urls.fileUrl(staging))) {
            H2Scripts.runScript(connection, script, encrypted ? ScriptFormat.encrypted(password) : ScriptFormat.PLAIN);
            if (!hasTable(connection, "flyway_schema_history")) {
                throw new RestoreRefusedException(script + " is not a Needle backup (it has no schema history); nothing was changed");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_ENCRYPTION_ERROR) {
                throw new RestoreRefusedException("cannot decrypt the backup " + script + " with this data folder's passphrase; "
                        + "an encrypted backup restores only into a folder encrypted with the same passphrase; nothing was changed");
            }
            unlessTheMachineFailed(e);
            throw new RestoreRefusedException("cannot read the backup " + script + ": " + firstLine(e) + "; nothing was changed");
        }
    }

    /**
     * The live database, opened without the auto-server so that it fails if another process has it open
     * (after waiting a few seconds for one that only reads); a lock file left by a killed process is
     * waited out and cleared by H2 instead.
     */
    private Connection connectExclusively() {
        try {
            return InUseRetry.connect(() -> connect(H2Urls.exclusiveFileUrl(dataDir, encrypted)));
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_ENCRYPTION_ERROR) {
                throw new WrongPassphraseException(H2Urls.databaseFile(dataDir));
            }
            if (e.getErrorCode() == InUseRetry.H2_IN_USE) {
                throw new RestoreRefusedException("the database in " + dataDir + " is open in another Needle session; close it first");
            }
            unlessTheMachineFailed(e);
            throw new RestoreRefusedException("cannot open the database in " + dataDir + ": " + firstLine(e));
        }
    }

    /**
     * True when a table of the user's data has a row. Bookkeeping does not count: every database made by
     * {@code needle init} has its schema history and the contact revision counter, and one whose contacts
     * were all deleted keeps their tombstones and change sets; replacing those loses nothing. A table
     * added later counts as the user's until it is listed here, so restore errs on the side of asking.
     */
    private static boolean holdsData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                try (ResultSet any = statement.executeQuery("SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 1")) {
                    if (any.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private Connection connect(String url) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        return source.getConnection();
    }
}
