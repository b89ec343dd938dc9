package dev.needle.adapter.persistence.jdbi;

import java.util.List;
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
                .target(target)
                // Flyway's own output belongs in the log file the application configures, not on the terminal.
                .loggers("slf4j")
                .load()
                .migrate();
    }

    @Override
    public String targetVersion() {
        return target;
    }
}
