package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an existing embedded database to a new schema version without touching its file until the
 * new one is whole. H2 commits each schema statement on its own, so a migration killed in the live
 * file left a schema no later start could finish, and the database did not open. Here, holding the
 * file for itself alone, it writes the backup kept before every upgrade, loads that backup into a
 * file built aside ({@link H2FileAside}), migrates that copy, and renames it over the live file in one
 * step. A kill anywhere before the rename leaves the database as it was; the next start begins again.
 */
final class StagedH2Upgrade {
    private static final Logger LOG = LoggerFactory.getLogger(StagedH2Upgrade.class);

    private StagedH2Upgrade() {
    }

    /** Whether {@code login} names an existing embedded database file this class can upgrade aside. */
    static boolean applies(Login login) {
        return H2Urls.isFilePath(login.url()) && Files.exists(H2Urls.databaseFileOf(login.url()).toAbsolutePath());
    }

    /**
     * Upgrades the database {@code login} names to {@code migrations}' version. Call with no connection
     * of this process open on it.
     *
     * @throws DatabaseUnavailableException when another process has the database open
     */
    static void upgrade(Login login, MigrationRunner migrations) {
        Path live = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        ScriptFormat format = ScriptFormat.of(login);
        try (Connection guard = connectAlone(login, live)) {
            Path backup = PreMigrationBackup.write(Jdbi.open(guard), FolderOf.file(live), format, migrations.targetVersion());
            H2FileAside.build(login, H2FileAside.UPGRADE, pool -> {
                try (Connection loading = pool.getConnection()) {
                    H2Scripts.runScript(loading, backup, format);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot load " + backup + " to upgrade it: " + e.getMessage(), e);
                }
                migrations.migrate(pool);
            }, (built, target) -> {
                // Still holding the live file: no other process can open the old one meanwhile.
                Files.move(built, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            });
            LOG.info("Upgraded the database {} to schema version {} (the copy from before: {})", live,
                    migrations.targetVersion(), backup);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot upgrade the database " + live + ": " + e.getMessage(), e);
        }
    }

    /** The live file without the auto-server, which no other process may have open. */
    private static Connection connectAlone(Login login, Path live) throws SQLException {
        try {
            return InUseRetry.connect(() -> DriverManager.getConnection(H2Urls.withoutAutoServer(login.url()), login.user(),
                    login.password()));
        } catch (SQLException e) {
            if (e.getErrorCode() == InUseRetry.H2_IN_USE) {
                throw new DatabaseUnavailableException("the database " + live + " needs an upgrade to this version of "
                        + "Needle and is open in another Needle session; close that one, then start again", e.getStackTrace());
            }
            throw e;
        }
    }
}
