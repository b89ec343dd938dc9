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
 * Marks many records in a few statements: which of them already have a row, and which runs hold them
 * (one read each over their id range), an update of those rows and an insert of the others, each a
 * plain JDBC batch bound by position. An adding of consecutive ids is one {@link MarkRuns} row per run.
 * An import marks every contact it adds; a statement per row that looked for the row first cost it as
 * much as storing the contacts (docs/performance.md). Portable SQL only (no MERGE or ON CONFLICT). An
 * adding leaves a record already marked, by a row or a run, alone: the first adding stays.
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
            Set<Long> seen = new HashSet<>();
            for (Long id : ids) {
                // In the order given: an import's ids ascend, and rows added at the end of the index are cheapest.
                if (seen.add(id)) {
                    (marked.contains(id) ? remarked : unmarked).add(id);
                }
            }
            List<MarkRuns.Run> runs = unmarked.isEmpty() ? List.of()
                    : MarkRuns.overlapping(connection, kind, least(unmarked), greatest(unmarked));
            if (deed == RecordMark.Deed.ADDED) {
                add(connection, kind, unmarked, runs, stamp);
                return;
            }
            if (!remarked.isEmpty()) {
                run(connection, "UPDATE record_marks SET " + column + "_by = ?, " + column + "_at = ? "
                        + "WHERE kind = ? AND record_id = ?", kind, remarked, stamp);
            }
            List<Long> plain = new ArrayList<>(unmarked.size());
            List<Long> inRuns = new ArrayList<>();
            for (Long id : unmarked) {
                (MarkRuns.addingOf(runs, id).isPresent() ? inRuns : plain).add(id);
            }
            if (!plain.isEmpty()) {
                run(connection, "INSERT INTO record_marks (" + column + "_by, " + column + "_at, kind, record_id) "
                        + "VALUES (?, ?, ?, ?)", kind, plain, stamp);
            }
            if (!inRuns.isEmpty()) {
                insertKeepingTheRunsAdding(connection, deed, kind, inRuns, runs, stamp);
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not mark " + ids.size() + " records", e, null);
        }
    }

    /**
     * Marks as added those of {@code unmarked} that no run holds either (the first adding stays):
     * consecutive ids as one run row each, the few left alone as a row each.
     */
    private static void add(Connection connection, RecordKind kind, List<Long> unmarked, List<MarkRuns.Run> runs,
                            RecordMark.Stamp stamp) throws SQLException {
        List<Long> fresh = new ArrayList<>(unmarked.size());
        for (Long id : unmarked) {
            if (MarkRuns.addingOf(runs, id).isEmpty()) {
                fresh.add(id);
            }
        }
        List<MarkRuns.Run> added = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        for (long[] ids : MarkRuns.consecutive(fresh)) {
            if (ids[1] - ids[0] + 1 >= MarkRuns.SHORTEST) {
                added.add(new MarkRuns.Run(ids[0], ids[1], stamp));
            } else {
                for (long id = ids[0]; id <= ids[1]; id++) {
                    single.add(id);
                }
            }
        }
        if (!added.isEmpty()) {
            MarkRuns.insert(connection, kind, added);
        }
        if (!single.isEmpty()) {
            run(connection, "INSERT INTO record_marks (added_by, added_at, kind, record_id) VALUES (?, ?, ?, ?)",
                    kind, single, stamp);
        }
    }

    /** A first row for records inside a run: the run's adding is copied in, since the row wins over the run. */
    private static void insertKeepingTheRunsAdding(Connection connection, RecordMark.Deed deed, RecordKind kind,
                                                   List<Long> ids, List<MarkRuns.Run> runs, RecordMark.Stamp stamp)
            throws SQLException {
        String sql = switch (deed) {
            case CHANGED -> "INSERT INTO record_marks (added_by, added_at, changed_by, changed_at, kind, record_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            case DECIDED -> "INSERT INTO record_marks (added_by, added_at, decided_by, decided_at, kind, record_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?)";
            case ADDED -> throw new IllegalArgumentException("An adding never rewrites a run's record.");
        };
        try (PreparedStatement rows = connection.prepareStatement(sql)) {
            for (long id : ids) {
                RecordMark.Stamp added = MarkRuns.addingOf(runs, id).orElseThrow();
                rows.setLong(1, added.by().value());
                rows.setObject(2, added.at());
                rows.setLong(3, stamp.by().value());
                rows.setObject(4, stamp.at());
                rows.setString(5, kind.code());
                rows.setLong(6, id);
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }

    private static long least(Collection<Long> ids) {
        long least = Long.MAX_VALUE;
        for (long id : ids) {
            least = Math.min(least, id);
        }
        return least;
    }

    private static long greatest(Collection<Long> ids) {
        long greatest = Long.MIN_VALUE;
        for (long id : ids) {
            greatest = Math.max(greatest, id);
        }
        return greatest;
    }

    /** Those of {@code ids} that have a row: one read of the ids between the least and the greatest. */
    private static Set<Long> marked(Connection connection, RecordKind kind, Collection<Long> ids) throws SQLException {
        long least = least(ids);
        long greatest = greatest(ids);
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
