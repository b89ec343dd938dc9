package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script a new H2 database is built from ({@link SchemaSnapshot}, written by the build) builds the
 * database the migrations build, and Flyway takes it for current.
 */
class SchemaSnapshotTest {
    private static final String USER = "needle";

    @TempDir
    Path dir;

    @Test
    void theBuildWritesTheScriptAtTheNewestMigration() {
        assertThat(SchemaSnapshot.script()).as("the build writes %s (see this module's pom)", SchemaSnapshot.RESOURCE)
                .hasValueSatisfying(script -> assertThat(SchemaSnapshot.version(script)).isEqualTo(SchemaVersion.CURRENT));
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
        assertThat(SchemaVersion.isAt(built, SchemaVersion.CURRENT)).isTrue();
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

    static String snapshotOf(JdbcConnectionPool pool) {
        return SchemaSnapshot.of(pool);
    }
}
