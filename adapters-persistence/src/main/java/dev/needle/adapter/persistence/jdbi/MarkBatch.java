package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Marks many records in three statements: which of them already have a row (one read over their id
 * range), an update of those rows and an insert of the others, each a plain JDBC batch bound by
 * position. An import marks every contact it adds; a statement per row that looked for the row first
 * cost it as much as storing the contacts (docs/performance.md). Portable SQL only (no MERGE or ON
 * CONFLICT). An adding leaves a row that is there alone: the first adding stays.
 */
final class MarkBatch {
    private MarkBatch() {
    }

    static void write(Connection connection, RecordKind kind, Collection<Long> ids, RecordMark.Deed deed,
                      RecordMark.Stamp stamp) {
        String column = deed.name().toLowerCase(Locale.ROOT);
        try {
            Set<Long> marked = marked(connection, kind, ids);
            List<Long> unmarked = new ArrayList<>(ids.size());
            List<Long> remarked = new ArrayList<>(marked.size());
            for (Long id : ids) {
                // In the order given: an import's ids ascend, and rows added at the end of the index are cheapest.
                (marked.contains(id) ? remarked : unmarked).add(id);
            }
            if (deed != RecordMark.Deed.ADDED && !remarked.isEmpty()) {
                run(connection, "UPDATE record_marks SET " + column + "_by = ?, " + column + "_at = ? "
                        + "WHERE kind = ? AND record_id = ?", kind, remarked, stamp);
            }
            if (!unmarked.isEmpty()) {
                run(connection, "INSERT INTO record_marks (" + column + "_by, " + column + "_at, kind, record_id) "
                        + "VALUES (?, ?, ?, ?)", kind, unmarked, stamp);
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not mark " + ids.size() + " records", e, null);
        }
    }

    /** Those of {@code ids} that have a row: one read of the ids between the least and the greatest. */
    private static Set<Long> marked(Connection connection, RecordKind kind, Collection<Long> ids) throws SQLException {
        long least = Long.MAX_VALUE;
        long greatest = Long.MIN_VALUE;
        for (long id : ids) {
            least = Math.min(least, id);
            greatest = Math.max(greatest, id);
        }
        Set<Long> wanted = new HashSet<>(ids);
        Set<Long> marked = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT record_id FROM record_marks WHERE kind = ? AND record_id BETWEEN ? AND ?")) {
            query.setString(1, kind.code());
            query.setLong(2, least);
            query.setLong(3, greatest);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (wanted.contains(id)) {
                        marked.add(id);
                    }
                }
            }
        }
        return marked;
    }

    /** {@code sql} takes who, when, the kind and the id, in that order. */
    private static void run(Connection connection, String sql, RecordKind kind, Collection<Long> ids,
                            RecordMark.Stamp stamp) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(sql)) {
            for (long id : ids) {
                rows.setLong(1, stamp.by().value());
                rows.setObject(2, stamp.at());
                rows.setString(3, kind.code());
                rows.setLong(4, id);
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }
}
