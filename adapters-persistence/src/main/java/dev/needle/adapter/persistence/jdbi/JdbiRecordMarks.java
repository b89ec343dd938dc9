package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.TeammateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Who did what in SQL (V18), one row per marked record; marking is {@link MarkBatch}'s. Two sessions
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
            return found;
        });
    }

    @Override
    public List<RecordMark> all() {
        return scope.readWholeTables(handle -> handle.createQuery("SELECT * FROM record_marks ORDER BY kind, record_id")
                .map((rs, ctx) -> mark(rs)).list());
    }

    @Override
    public void replaceAll(List<RecordMark> marks) {
        scope.write(handle -> {
            handle.createUpdate("DELETE FROM record_marks").execute();
            PreparedBatch insert = handle.prepareBatch("INSERT INTO record_marks (kind, record_id, added_by, added_at, "
                    + "changed_by, changed_at, decided_by, decided_at) VALUES (:kind, :id, :addedBy, :addedAt, "
                    + ":changedBy, :changedAt, :decidedBy, :decidedAt)");
            for (RecordMark mark : marks) {
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
