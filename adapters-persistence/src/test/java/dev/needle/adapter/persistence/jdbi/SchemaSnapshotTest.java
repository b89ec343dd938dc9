package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script a new H2 database is built from ({@link SchemaSnapshot}) is what the migrations build.
 * After a new migration, write it again: {@code mvn -o -pl adapters-persistence -am test
 * -Dtest=SchemaSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dneedle.writeSchemaSnapshot=true}.
 */
class SchemaSnapshotTest {
    private static final String USER = "needle";
    private static final Path WRITTEN = Path.of("src/main/resources").resolve(SchemaSnapshot.RESOURCE);

    @TempDir
    Path dir;

    @Test
    void theScriptIsWhatTheMigrationsBuildNow() throws IOException {
        JdbcConnectionPool migrated = pool("migrated");
        new FlywayMigrationRunner().migrate(migrated);
        String expected = snapshotOf(migrated);
        migrated.dispose();
        if (Boolean.getBoolean("needle.writeSchemaSnapshot")) {
            Files.writeString(WRITTEN, expected, StandardCharsets.UTF_8);
        }

        assertThat(SchemaSnapshot.script())
                .as("%s is out of date; write it again as this test's comment says", SchemaSnapshot.RESOURCE)
                .contains(expected);
    }

    @Test
    void aDatabaseBuiltFromTheScriptIsTheOneTheMigrationsBuild() {
        JdbcConnectionPool migrated = pool("migrated");
        new FlywayMigrationRunner().migrate(migrated);
        JdbcConnectionPool built = pool("built");
        SchemaSnapshot.before(dataSource -> {
            throw new AssertionError("a new database at the script's version needs no migration");
        }).migrate(built);

        assertThat(snapshotOf(built)).isEqualTo(snapshotOf(migrated));
        migrated.dispose();
        built.dispose();
    }

    @Test
    void flywayFindsABuiltDatabaseCurrentAndItsHistoryValid() {
        JdbcConnectionPool built = pool("built");
        SchemaSnapshot.run(built, SchemaSnapshot.script().orElseThrow());

        new FlywayMigrationRunner().migrate(built); // validates every checksum in the history
        assertThat(SchemaVersion.isAt(Jdbi.create(built), SchemaVersion.CURRENT)).isTrue();
        built.dispose();
    }

    @Test
    void aDatabaseWithTablesIsLeftToTheMigrations() {
        JdbcConnectionPool migrated = pool("migrated");
        new FlywayMigrationRunner().migrate(migrated);
        List<String> ran = new ArrayList<>();

        SchemaSnapshot.before(dataSource -> ran.add("migrations")).migrate(migrated);

        assertThat(ran).containsExactly("migrations");
        migrated.dispose();
    }

    private JdbcConnectionPool pool(String name) {
        return PooledDataSources.forLogin(Login.of(H2Urls.fileUrl(dir.resolve(name)), USER, "a password"));
    }

    /**
     * The database as a script, without what differs from one build to the next: the H2 version, the
     * user and its password, row counts, and when and how fast Flyway applied each migration.
     */
    static String snapshotOf(JdbcConnectionPool pool) {
        StringBuilder text = new StringBuilder("-- schema version " + SchemaVersion.CURRENT + "\n"
                + "-- Written by SchemaSnapshotTest from a database the migrations built; do not edit.\n");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
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
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
