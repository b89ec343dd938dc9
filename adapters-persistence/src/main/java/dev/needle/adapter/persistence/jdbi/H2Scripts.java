package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * H2's own backup format: {@code SCRIPT TO …} writes the whole database as SQL (zipped, or for an
 * encrypted database compressed and encrypted, see {@link ScriptFormat}), {@code RUNSCRIPT FROM …}
 * reads it back. Backups are private: a new folder for them is created
 * owner-only and each file ends up 0600.
 */
final class H2Scripts {
    static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private H2Scripts() {
    }

    /**
     * Writes the whole database behind {@code handle} to {@code file}, which must not exist yet. H2 writes
     * into a private folder beside the target and the finished file is then renamed into place: others
     * never see it readable, and nobody ever sees half a backup.
     */
    static void scriptTo(Handle handle, Path file, ScriptFormat format) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(target.toString(),
                    null, "a backup never replaces an existing file"));
        }
        Path staging = null;
        try {
            Path folder = FolderOf.file(target);
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, privately("rwx------", folder));
            }
            staging = Files.createTempDirectory(folder, ".needle-backup-");
            Path written = staging.resolve("backup.zip");
            handle.execute("SCRIPT TO " + literal(written) + format.clause());
            if (posix(written)) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            // Without REPLACE_EXISTING: a file that appeared meanwhile is not overwritten either.
            Files.move(written, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target + ": " + e, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static Path privateFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, privately("rwx------", folder));
            }
            if (posix(folder)) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                            ownerOnly(file);
                        }
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the backups folder " + folder + " private: " + e.getMessage(), e);
        }
    }

    /** Makes a file in a backups folder owner-only (a copy keeps the mode of what it copied). */
    static void ownerOnly(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<?>[] privately(String permissions, Path path) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    /** Deletes a folder and what is in it, if it exists; a leftover would hold nothing live. */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Nothing live is in it; the next run makes a new one.
        }
    }

    /** Runs a script made by {@link #scriptTo} on {@code connection}. */
    static void runScript(Connection connection, Path file, ScriptFormat format) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + literal(file.toAbsolutePath().normalize()) + format.clause());
        }
    }

    /** The folder the database file lives in, from H2 itself; empty for an in-memory database. */
    static Optional<Path> databaseFolder(Handle handle) {
        String path = handle.createQuery("SELECT DATABASE_PATH()").mapTo(String.class).one();
        return Optional.ofNullable(path).map(p -> Path.of(p).toAbsolutePath().getParent());
    }

    /**
     * A new file name {@code <dir>/backups/<prefix>-<UTC time><suffix>}, numbered if that one is taken. The
     * backups folder is created owner-only, or made so if an older version left it open: it holds whole
     * databases.
     */
    static Path newBackupFile(Path databaseFolder, String prefix, String suffix) {
        Path backups = privateFolder(databaseFolder.resolve(BACKUPS));
        String base = prefix + "-" + STAMP.format(Instant.now());
        Path file = backups.resolve(base + suffix);
        for (int n = 2; Files.exists(file); n++) {
            file = backups.resolve(base + "-" + n + suffix);
        }
        return file;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** An SQL string literal; H2 takes the file name only as a literal, not as a parameter. */
    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }
}
