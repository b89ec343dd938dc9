package dev.needle.adapter.persistence.jdbi;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the scripts in {@code db/migration} with Flyway. The only class that touches Flyway, so its
 * few hundred milliseconds of loading are paid only when {@link SchemaVersion} says a migration is due.
 */
final class FlywayMigrationRunner implements MigrationRunner {
    static final String LOCATION = "classpath:db/migration";

    @Override
    public void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                // Flyway's own output belongs in the log file the application configures, not on the terminal.
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
