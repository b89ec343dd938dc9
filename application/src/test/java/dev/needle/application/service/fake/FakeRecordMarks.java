package dev.needle.application.service.fake;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who did what, in memory, for service tests. */
public final class FakeRecordMarks implements RecordMarks, Rollback {
    private Map<String, RecordMark> marks = new HashMap<>();

    private static String key(RecordKind kind, long id) {
        return kind.code() + "|" + id;
    }

    @Override
    public synchronized void mark(RecordKind kind, Collection<Long> ids, RecordMark.Deed deed, RecordMark.Stamp stamp) {
        ids.forEach(id -> marks.put(key(kind, id),
                marks.getOrDefault(key(kind, id), RecordMark.none(kind, id)).with(deed, stamp)));
    }

    @Override
    public synchronized Map<Long, RecordMark> of(RecordKind kind, Collection<Long> ids) {
        Map<Long, RecordMark> found = new LinkedHashMap<>();
        ids.forEach(id -> {
            RecordMark mark = marks.get(key(kind, id));
            if (mark != null) {
                found.put(id, mark);
            }
        });
        return found;
    }

    @Override
    public synchronized List<RecordMark> all() {
        return marks.values().stream().sorted(Comparator.comparing((RecordMark m) -> m.kind().code())
                .thenComparingLong(RecordMark::recordId)).toList();
    }

    @Override
    public synchronized void replaceAll(List<RecordMark> replacing) {
        marks = new HashMap<>();
        replacing.forEach(mark -> marks.put(key(mark.kind(), mark.recordId()), mark));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, RecordMark> copy = new HashMap<>(marks);
        return () -> {
            synchronized (this) {
                marks = new HashMap<>(copy);
            }
        };
    }
}
