package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A backup's marks split into runs and rows: consecutive records of one kind that were only added, by
 * the same person at the same time, go back as one run, as the import that added them wrote them; every
 * other mark is a row of its own.
 */
record RestoredRuns(Map<RecordKind, List<MarkRuns.Run>> runs, List<RecordMark> rows) {

    static RestoredRuns of(List<RecordMark> marks) {
        List<RecordMark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparing((RecordMark mark) -> mark.kind().code()).thenComparingLong(RecordMark::recordId));
        Map<RecordKind, List<MarkRuns.Run>> runs = new EnumMap<>(RecordKind.class);
        List<RecordMark> rows = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            RecordMark first = sorted.get(i);
            int end = i + 1;
            if (addedOnly(first)) {
                while (end < sorted.size() && continues(sorted.get(end - 1), sorted.get(end))) {
                    end++;
                }
            }
            if (end - i >= MarkRuns.SHORTEST) {
                runs.computeIfAbsent(first.kind(), kind -> new ArrayList<>())
                        .add(new MarkRuns.Run(first.recordId(), sorted.get(end - 1).recordId(), first.added().orElseThrow()));
            } else {
                rows.addAll(sorted.subList(i, end));
            }
            i = end;
        }
        return new RestoredRuns(runs, rows);
    }

    private static boolean addedOnly(RecordMark mark) {
        return mark.added().isPresent() && mark.changed().isEmpty() && mark.decided().isEmpty();
    }

    private static boolean continues(RecordMark previous, RecordMark next) {
        return addedOnly(next) && next.kind() == previous.kind() && next.recordId() == previous.recordId() + 1
                && next.added().equals(previous.added());
    }
}
