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
    static final String CURRENT = "2";

    private SchemaVersion() {
    }

    /** True when the newest migration has been applied successfully; false on an empty database. */
    static boolean isCurrent(Jdbi jdbi) {
        try {
            // Flyway quotes its lower-case names on H2 and PostgreSQL alike.
            return jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = :version AND \"success\" = TRUE")
                    .bind("version", CURRENT)
                    .mapTo(Integer.class)
                    .one()) > 0;
        } catch (JdbiException noHistoryYet) {
            // No history table means no schema at all; anything stranger, Flyway will report properly.
            return false;
        }
    }
}
