package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who did what, held in memory beside the records. */
final class InMemoryRecordMarks implements RecordMarks {
    private final InMemoryDatabase db;

    InMemoryRecordMarks(InMemoryDatabase db) {
        this.db = db;
    }

    static String key(RecordMark mark) {
        return key(mark.kind(), mark.recordId());
    }

    private static String key(RecordKind kind, long id) {
        return kind.code() + "|" + id;
    }

    @Override
    public void mark(RecordKind kind, Collection<Long> ids, RecordMark.Deed deed, RecordMark.Stamp stamp) {
        db.locked(() -> {
            ids.forEach(id -> db.marks.put(db.marks.find(key(kind, id)).orElse(RecordMark.none(kind, id)).with(deed, stamp)));
            return null;
        });
    }

    @Override
    public Map<Long, RecordMark> of(RecordKind kind, Collection<Long> ids) {
        return db.locked(() -> {
            Map<Long, RecordMark> found = new LinkedHashMap<>();
            ids.forEach(id -> db.marks.find(key(kind, id)).ifPresent(mark -> found.put(id, mark)));
            return found;
        });
    }

    @Override
    public List<RecordMark> all() {
        return db.locked(() -> db.marks.all().stream().sorted(Comparator.comparing((RecordMark m) -> m.kind().code())
                .thenComparingLong(RecordMark::recordId)).toList());
    }

    @Override
    public void replaceAll(List<RecordMark> marks) {
        db.locked(() -> {
            db.marks.removeWhere(any -> true);
            marks.forEach(db.marks::put);
            return null;
        });
    }
}
