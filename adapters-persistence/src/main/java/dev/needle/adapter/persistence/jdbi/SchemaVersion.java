package dev.needle.adapter.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Tells, with one query against Flyway's history table, whether the database already has the newest
 * schema, so a normal start never loads Flyway. {@link #CURRENT} must name the newest script in
 * {@code db/migration}; a test keeps the two in step.
 */
final class SchemaVersion {
    /** Version of the newest migration script, as Flyway records it. */
    static final String CURRENT = "27";

    private SchemaVersion() {
    }

    /** True when migration {@code version} has been applied successfully; false on an empty database. */
    static boolean isAt(Jdbi jdbi, String version) {
        if (!hasHistory(jdbi)) {
            // Asked first rather than caught: H2 writes every failed statement to a trace file in the
            // data folder, and a new user's first start would leave one behind.
            return false;
        }
        try {
            // Flyway quotes its lower-case names on H2 and PostgreSQL alike.
            return jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = :version AND \"success\" = TRUE")
                    .bind("version", version)
                    .mapTo(Integer.class)
                    .one()) > 0;
        } catch (JdbiException noHistoryYet) {
            // No history table means no schema at all; anything stranger, Flyway will report properly.
            return false;
        }
    }

    private static boolean hasHistory(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                                + "AND TABLE_NAME = 'flyway_schema_history'")
                .mapTo(Integer.class)
                .one()) > 0;
    }

    /** True when the current schema holds any table: a migration would then change existing data. */
    static boolean hasTables(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA")
                .mapTo(Integer.class)
                .one()) > 0;
    }
}
