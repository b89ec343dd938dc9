package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an existing embedded database to a new schema version without touching its file until the
 * new one is whole. H2 commits each schema statement on its own, so a migration killed in the live
 * file left a schema no later start could finish, and the database did not open. Here, holding the
 * file for itself alone, it writes the backup kept before every upgrade, loads that backup into a
 * file of its own beside the database, migrates that copy, and renames it over the live file in one
 * step. A kill anywhere before the rename leaves the database as it was; the next start begins again.
 */
final class StagedH2Upgrade {
    private static final Logger LOG = LoggerFactory.getLogger(StagedH2Upgrade.class);
    /** H2's "database may be already in use" (another process holds the file). */
    private static final int H2_IN_USE = 90020;
    static final String STAGING_PREFIX = "upgrade-";

    private StagedH2Upgrade() {
    }

    /** Whether {@code login} names an embedded database file this class can upgrade aside. */
    static boolean applies(Login login) {
        return NewH2Database.isFileUrl(login.url()) && Files.exists(H2Urls.databaseFileOf(login.url()).toAbsolutePath());
    }

    /**
     * Upgrades the database {@code login} names to {@code migrations}' version. Call with no connection
     * of this process open on it.
     *
     * @throws DatabaseUnavailableException when another process has the database open
     */
    static void upgrade(Login login, MigrationRunner migrations) {
        Path live = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        Path folder = live.getParent();
        ScriptFormat format = ScriptFormat.of(login);
        try (Connection guard = connectAlone(login, live)) {
            Path backup = backUp(guard, folder, format, migrations.targetVersion());
            NewH2Database.removeAbandoned(folder, STAGING_PREFIX);
            Path staging = Files.createTempDirectory(folder, STAGING_PREFIX);
            try {
                String base = live.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
                Login staged = new Login(NewH2Database.stagedUrl(login.url(), staging.resolve(base)), login.user(),
                        login.password());
                JdbcConnectionPool pool = PooledDataSources.forLogin(staged);
                try {
                    try (Connection loading = pool.getConnection()) {
                        H2Scripts.runScript(loading, backup, format);
                    }
                    migrations.migrate(pool);
                } finally {
                    pool.dispose();
                }
                // Still holding the live file: no other process can open the old one meanwhile.
                Files.move(staging.resolve(base + ".mv.db"), live, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Upgraded the database {} to schema version {} (the copy from before: {})", live,
                        migrations.targetVersion(), backup);
            } finally {
                H2Scripts.deleteQuietly(staging);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot upgrade the database " + live + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot upgrade the database " + live + ": " + e.getMessage(), e);
        }
    }

    /** The live file without the auto-server, which no other process may have open. */
    private static Connection connectAlone(Login login, Path live) throws SQLException {
        String alone = login.url().replaceAll("(?i);AUTO_SERVER=TRUE", "");
        try {
            return DriverManager.getConnection(alone, login.user(), login.password());
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_IN_USE) {
                throw new DatabaseUnavailableException("the database " + live + " needs an upgrade to this version of "
                        + "Needle and is open in another Needle session; close that one, then start again", e.getStackTrace());
            }
            throw e;
        }
    }

    /** The backup every upgrade keeps in {@code backups/}, which is also what the new file is loaded from. */
    private static Path backUp(Connection guard, Path folder, ScriptFormat format, String version) {
        Handle handle = Jdbi.open(guard);
        Path file = H2Scripts.newBackupFile(folder, "needle-before-V" + version, format.suffix());
        H2Scripts.scriptTo(handle, file, format);
        LOG.info("Backed up the database to {} before migrating it to version {}", file, version);
        return file;
    }
}
