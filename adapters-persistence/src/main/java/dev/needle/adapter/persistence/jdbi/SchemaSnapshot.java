package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new, empty H2 database from one script, the schema every migration leaves behind together
 * with Flyway's history of them, instead of running the migrations one by one: on a new data folder
 * loading Flyway and running its scripts (each committed on its own, some copying whole tables) was
 * about half a second of the first command (docs/performance.md). The script is
 * {@value #RESOURCE}, written by the build ({@link SchemaScriptBuild}, run from this module's pom) from a
 * database the migrations built, so it is never kept by hand nor out of date; without it (a build that
 * skipped the step) every new database goes to the migrations. A script older than the newest
 * migration would still serve: Flyway then applies the migrations after it.
 * Any other database (one with tables, or PostgreSQL) goes to the migrations alone.
 */
final class SchemaSnapshot implements MigrationRunner {
    static final String RESOURCE = "db/h2-new-database.sql";
    private static final Pattern VERSION = Pattern.compile("-- schema version (\\d+)");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSnapshot.class);
    private final MigrationRunner migrations;

    private SchemaSnapshot(MigrationRunner migrations) {
        this.migrations = migrations;
    }

    /** {@code migrations}, with a new empty H2 database built from the script first. */
    static MigrationRunner before(MigrationRunner migrations) {
        return new SchemaSnapshot(migrations);
    }

    @Override
    public void migrate(DataSource dataSource) {
        Optional<String> script = script();
        String target = migrations.targetVersion();
        if (script.isPresent() && fits(version(script.get()), target) && isEmptyH2(dataSource)) {
            run(dataSource, script.get());
            LOG.info("Built a new database at schema version {} from one script", version(script.get()));
            if (version(script.get()).equals(target)) {
                return;
            }
        }
        migrations.migrate(dataSource);
    }

    @Override
    public String targetVersion() {
        return migrations.targetVersion();
    }

    /**
     * The database as a script, without what differs from one build to the next: the H2 version, the
     * user and its password, row counts, and when and how fast Flyway applied each migration.
     */
    static String of(DataSource dataSource) {
        StringBuilder text = new StringBuilder("-- schema version " + SchemaVersion.CURRENT + "\n"
                + "-- Written by the build from a database the migrations built.\n");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (line.startsWith("-- ") || line.startsWith("CREATE USER ")) {
                    continue;
                }
                text.append(line.replaceAll("TIMESTAMP '[^']*', \\d+, TRUE\\)", "CURRENT_TIMESTAMP, 0, TRUE)"))
                        .append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot script the migrated database: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The script, if the jar has one. */
    static Optional<String> script() {
        try (InputStream in = SchemaSnapshot.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The schema version the script builds, from its first line; "0" when it names none. */
    static String version(String script) {
        Matcher line = VERSION.matcher(script);
        return line.lookingAt() ? line.group(1) : "0";
    }

    private static boolean fits(String version, String target) {
        try {
            int built = Integer.parseInt(version);
            return built > 0 && built <= Integer.parseInt(target);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isEmptyH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA")) {
                return tables.next() && tables.getInt(1) == 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look into the new database: " + e.getMessage(), e);
        }
    }

    static void run(DataSource dataSource, String script) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            RunScript.execute(connection, new StringReader(script));
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the new database's schema: " + e.getMessage(), e);
        }
    }
}
