package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Statements run on the JDBC connection itself rather than through JDBI, for the few that every
 * script's run makes once: the schema and search-text checks, the kept texts and the contacts found.
 * JDBI sets each statement up (its SQL parser, argument and mapper lookups) in code that runs cold at
 * every start, at a cost larger than the statements' own (docs/performance.md). A failure is thrown
 * as JDBI would throw it, so it is told the same way.
 */
final class PlainStatements {
    /** Reads one row of a result. */
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private PlainStatements() {
    }

    /** Every row {@code sql} selects, with {@code parameters} bound in order (an array as an SQL array). */
    static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row.read(rows));
                }
                return read;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not run " + sql, e, null);
        }
    }

    /** The rows {@code sql} selects that {@code keep} says to keep, each read by {@code row}. */
    static <T> List<T> listKept(Connection connection, String sql, Row<Boolean> keep, Row<T> row) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                if (keep.read(rows)) {
                    read.add(row.read(rows));
                }
            }
            return read;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not run " + sql, e, null);
        }
    }

    /** The one row {@code sql} selects. */
    static <T> T one(Connection connection, String sql, Row<T> row, Object... parameters) {
        List<T> read = list(connection, sql, row, parameters);
        if (read.size() != 1) {
            throw new IllegalStateException("Expected one row, found " + read.size() + ": " + sql);
        }
        return read.get(0);
    }

    static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not run " + sql, e, null);
        }
    }
}
