package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a copy of an existing database before a migration changes it, so a failed or unwanted upgrade
 * never costs data. H2 gets a {@code SCRIPT} backup beside the database file; a PostgreSQL server is
 * backed up by its operator's own means, and the log says so.
 */
final class PreMigrationBackup {
    private static final Logger LOG = LoggerFactory.getLogger(PreMigrationBackup.class);

    private PreMigrationBackup() {
    }

    /** Backs up the database if it holds anything; returns the backup file written, if any. */
    static Optional<Path> beforeMigratingTo(Jdbi jdbi, boolean h2, ScriptFormat format, String version) {
        if (!jdbi.withHandle(handle -> SchemaVersion.hasTables(handle.getConnection()))) {
            return Optional.empty();
        }
        if (!h2) {
            LOG.warn("Migrating the PostgreSQL schema to version {}; backing up the server (pg_dump) is the "
                    + "operator's responsibility, Needle does not do it", version);
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> H2Scripts.databaseFolder(handle).map(folder -> write(handle, folder, format, version)));
    }

    /** Writes the H2 database of {@code handle} to {@code backups/needle-before-V<version>-…} in {@code folder}. */
    static Path write(Handle handle, Path folder, ScriptFormat format, String version) {
        Path file = H2Scripts.newBackupFile(folder, "needle-before-V" + version, format.suffix());
        H2Scripts.scriptTo(handle, file, format);
        LOG.info("Backed up the database to {} before migrating it to version {}", file, version);
        return file;
    }
}
