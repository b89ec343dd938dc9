package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * H2's own backup format: {@code SCRIPT TO … COMPRESSION ZIP} writes the whole database as SQL in a zip,
 * {@code RUNSCRIPT FROM …} reads it back. Backups are private: their folder is created owner-only and
 * each file is created 0600 before H2 fills it, so it is never readable by others even for a moment.
 */
final class H2Scripts {
    static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private H2Scripts() {
    }

    /** Writes the whole database behind {@code handle} to {@code file}, replacing nothing that exists. */
    static void scriptTo(Handle handle, Path file) {
        Path target = file.toAbsolutePath().normalize();
        createPrivately(target);
        handle.execute("SCRIPT TO " + literal(target) + " COMPRESSION ZIP");
    }

    /** Runs a script made by {@link #scriptTo} on {@code connection}. */
    static void runScript(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + literal(file.toAbsolutePath().normalize()) + " COMPRESSION ZIP");
        }
    }

    /** The folder the database file lives in, from H2 itself; empty for an in-memory database. */
    static Optional<Path> databaseFolder(Handle handle) {
        String path = handle.createQuery("SELECT DATABASE_PATH()").mapTo(String.class).one();
        return Optional.ofNullable(path).map(p -> Path.of(p).toAbsolutePath().getParent());
    }

    /** A new file name {@code <dir>/backups/<prefix>-<UTC time>.zip}, numbered if that one is taken. */
    static Path newBackupFile(Path databaseFolder, String prefix) {
        return newBackupFile(databaseFolder, prefix, ".zip");
    }

    /** A new file name {@code <dir>/backups/<prefix>-<UTC time><suffix>}, numbered if that one is taken. */
    static Path newBackupFile(Path databaseFolder, String prefix, String suffix) {
        Path backups = databaseFolder.resolve(BACKUPS);
        String base = prefix + "-" + STAMP.format(Instant.now());
        Path file = backups.resolve(base + suffix);
        for (int n = 2; Files.exists(file); n++) {
            file = backups.resolve(base + "-" + n + suffix);
        }
        return file;
    }

    private static void createPrivately(Path file) {
        try {
            Path folder = file.getParent();
            boolean posix = posix(file);
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, posix ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
            }
            // Refuses an existing file: a backup never silently replaces another one.
            Files.createFile(file, posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup file " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** An SQL string literal; H2 takes the file name only as a literal, not as a parameter. */
    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }
}
