package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the scripts in {@code db/migration} with Flyway. The only class that touches Flyway, so its
 * few hundred milliseconds of loading are paid only when {@link SchemaVersion} says a migration is due.
 */
final class FlywayMigrationRunner implements MigrationRunner {
    static final String LOCATION = "classpath:db/migration";

    private final List<String> locations;
    private final String target;

    FlywayMigrationRunner() {
        this(List.of(LOCATION), SchemaVersion.CURRENT);
    }

    /** Migrates with the scripts in {@code locations} up to and including {@code target}. */
    FlywayMigrationRunner(List<String> locations, String target) {
        this.locations = List.copyOf(locations);
        this.target = target;
    }

    @Override
    public void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("needleIdCache", isH2(dataSource) ? "1000" : "1",
                        "needleNewUid", isH2(dataSource) ? "RANDOM_UUID()" : "gen_random_uuid()"))
                .target(target)
                // Flyway's own output belongs in the log file the application configures, not on the terminal.
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** The few settings that differ between the two databases are told to the scripts as placeholders. */
    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is: " + e.getMessage(), e);
        }
    }

    @Override
    public String targetVersion() {
        return target;
    }
}
