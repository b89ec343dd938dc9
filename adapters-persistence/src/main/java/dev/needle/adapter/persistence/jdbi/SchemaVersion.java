package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Tells, with one query against Flyway's history table, whether the database already has the newest
 * schema, so a normal start never loads Flyway. Plain statements ({@link PlainStatements}): every start
 * asks, first of all. {@link #CURRENT} must name the newest script in
 * {@code db/migration}; a test keeps the two in step.
 */
final class SchemaVersion {
    /** Version of the newest migration script, as Flyway records it. */
    static final String CURRENT = "28";

    private SchemaVersion() {
    }

    /** True when migration {@code version} has been applied successfully; false on an empty database. */
    static boolean isAt(DataSource database, String version) {
        return withConnection(database, connection -> isAt(connection, version));
    }

    static boolean isAt(Connection connection, String version) {
        if (!hasHistory(connection)) {
            // Asked first rather than caught: H2 writes every failed statement to a trace file in the
            // data folder, and a new user's first start would leave one behind.
            return false;
        }
        try {
            // Flyway quotes its lower-case names on H2 and PostgreSQL alike.
            return count(connection, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"success\" = TRUE",
                    version) > 0;
        } catch (JdbiException noHistoryYet) {
            // No history table means no schema at all; anything stranger, Flyway will report properly.
            return false;
        }
    }

    private static boolean hasHistory(Connection connection) {
        return count(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                + "AND TABLE_NAME = 'flyway_schema_history'") > 0;
    }

    /** True when the current schema holds any table: a migration would then change existing data. */
    static boolean hasTables(DataSource database) {
        return withConnection(database, SchemaVersion::hasTables);
    }

    static boolean hasTables(Connection connection) {
        return count(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA") > 0;
    }

    private static long count(Connection connection, String sql, Object... parameters) {
        return PlainStatements.one(connection, sql, row -> row.getLong(1), parameters);
    }

    private interface Question {
        boolean ask(Connection connection);
    }

    private static boolean withConnection(DataSource database, Question question) {
        try (Connection connection = database.getConnection()) {
            return question.ask(connection);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not connect to read the schema version", e, null);
        }
    }
}
