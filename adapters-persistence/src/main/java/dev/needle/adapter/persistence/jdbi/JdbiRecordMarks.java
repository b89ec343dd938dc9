package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.TeammateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Who did what in SQL: one row per marked record (V18), and one per run of records added at once
 * ({@link MarkRuns}, V27), where a record's own row wins; marking is {@link MarkBatch}'s. Two sessions
 * never mark one record at once, since the record's own versioned write makes the second wait and then
 * refuses it.
 */
final class JdbiRecordMarks implements RecordMarks {
    private static final int IDS_PER_READ = 500;

    private final HandleScope scope;

    JdbiRecordMarks(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public void mark(RecordKind kind, Collection<Long> ids, RecordMark.Deed deed, RecordMark.Stamp stamp) {
        if (ids.isEmpty()) {
            return;
        }
        scope.write(handle -> {
            MarkBatch.write(handle.getConnection(), kind, ids, deed, stamp);
            return null;
        });
    }

    @Override
    public Map<Long, RecordMark> of(RecordKind kind, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return scope.read(handle -> {
            Map<Long, RecordMark> found = new LinkedHashMap<>();
            for (int from = 0; from < distinct.size(); from += IDS_PER_READ) {
                handle.createQuery("SELECT * FROM record_marks WHERE kind = :kind AND record_id IN (<ids>)")
                        .bind("kind", kind.code())
                        .bindList("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_READ)))
                        .map((rs, ctx) -> mark(rs)).forEach(mark -> found.put(mark.recordId(), mark));
            }
            List<Long> rowless = distinct.stream().filter(id -> !found.containsKey(id)).toList();
            if (!rowless.isEmpty()) {
                List<MarkRuns.Run> runs = runs(handle, kind, rowless);
                for (Long id : rowless) {
                    MarkRuns.addingOf(runs, id).ifPresent(added -> found.put(id, added(kind, id, added)));
                }
            }
            return found;
        });
    }

    private static List<MarkRuns.Run> runs(Handle handle, RecordKind kind, List<Long> ids) {
        long least = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long greatest = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        try {
            return MarkRuns.overlapping(handle.getConnection(), kind, least, greatest);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not read who added records " + least + " to " + greatest,
                    e, null);
        }
    }

    private static RecordMark added(RecordKind kind, long id, RecordMark.Stamp stamp) {
        return new RecordMark(kind, id, Optional.of(stamp), Optional.empty(), Optional.empty());
    }

    /** The rows, and every record of every run that has no row of its own, by kind and id. */
    @Override
    public List<RecordMark> all() {
        return scope.readWholeTables(handle -> {
            List<RecordMark> rows = handle.createQuery("SELECT * FROM record_marks ORDER BY kind, record_id")
                    .map((rs, ctx) -> mark(rs)).list();
            List<RunOfKind> runs = handle.createQuery("SELECT * FROM record_mark_runs ORDER BY kind, first_id")
                    .map((rs, ctx) -> new RunOfKind(RecordKind.ofCode(rs.getString("kind")), new MarkRuns.Run(
                            rs.getLong("first_id"), rs.getLong("last_id"), stamp(rs, "added").orElseThrow())))
                    .list();
            if (runs.isEmpty()) {
                return rows;
            }
            Set<String> withRows = new HashSet<>();
            rows.forEach(mark -> withRows.add(key(mark.kind(), mark.recordId())));
            List<RecordMark> every = new ArrayList<>(rows);
            for (RunOfKind run : runs) {
                for (long id = run.run().first(); id <= run.run().last(); id++) {
                    if (!withRows.contains(key(run.kind(), id))) {
                        every.add(added(run.kind(), id, run.run().added()));
                    }
                }
            }
            every.sort(Comparator.comparing((RecordMark mark) -> mark.kind().code()).thenComparingLong(RecordMark::recordId));
            return every;
        });
    }

    private record RunOfKind(RecordKind kind, MarkRuns.Run run) {
    }

    private static String key(RecordKind kind, long id) {
        return kind.code() + "|" + id;
    }

    /** A restored backup's marks; those of many records added at once go back as runs, as they were written. */
    @Override
    public void replaceAll(List<RecordMark> marks) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM record_marks").execute();
            handle.createUpdate("DELETE FROM record_mark_runs").execute();
            RestoredRuns restored = RestoredRuns.of(marks);
            try {
                for (Map.Entry<RecordKind, List<MarkRuns.Run>> runs : restored.runs().entrySet()) {
                    MarkRuns.insert(handle.getConnection(), runs.getKey(), runs.getValue());
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException("Could not restore who added records", e, null);
            }
            PreparedBatch insert = handle.prepareBatch("INSERT INTO record_marks (kind, record_id, added_by, added_at, "
                    + "changed_by, changed_at, decided_by, decided_at) VALUES (:kind, :id, :addedBy, :addedAt, "
                    + ":changedBy, :changedAt, :decidedBy, :decidedAt)");
            for (RecordMark mark : restored.rows()) {
                insert.bind("kind", mark.kind().code()).bind("id", mark.recordId());
                bindStamp(insert, "added", mark.added());
                bindStamp(insert, "changed", mark.changed());
                bindStamp(insert, "decided", mark.decided());
                insert.add();
            }
            Batches.run(insert);
            return null;
        });
    }

    private static void bindStamp(PreparedBatch batch, String deed, Optional<RecordMark.Stamp> stamp) {
        batch.bindByType(deed + "By", stamp.map(s -> s.by().value()).orElse(null), Long.class)
                .bindByType(deed + "At", stamp.map(RecordMark.Stamp::at).orElse(null), LocalDateTime.class);
    }

    private static RecordMark mark(ResultSet rs) throws SQLException {
        return new RecordMark(RecordKind.ofCode(rs.getString("kind")), rs.getLong("record_id"), stamp(rs, "added"),
                stamp(rs, "changed"), stamp(rs, "decided"));
    }

    private static Optional<RecordMark.Stamp> stamp(ResultSet rs, String deed) throws SQLException {
        Optional<TeammateId> by = Columns.id(rs, deed + "_by", TeammateId::new);
        Optional<LocalDateTime> at = Columns.dateTime(rs, deed + "_at");
        return by.isPresent() && at.isPresent() ? Optional.of(new RecordMark.Stamp(by.get(), at.get())) : Optional.empty();
    }
}
