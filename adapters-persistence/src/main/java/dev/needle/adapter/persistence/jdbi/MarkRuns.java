package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.TeammateId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Runs of records added at once by one person (V27's {@code record_mark_runs}): an import adds its
 * contacts under ids drawn in a row, and one row for the whole run replaces a row per contact, which
 * made marking a large share of a large import (docs/performance.md). A {@code record_marks} row for
 * an id inside a run is that record's whole mark and wins over the run.
 */
final class MarkRuns {
    /** Fewer ids in a row than this are marked one row each, as single saves always were. */
    static final int SHORTEST = 2;

    private MarkRuns() {
    }

    /** Records {@code first} to {@code last} of one kind, added by one person at one time. */
    record Run(long first, long last, RecordMark.Stamp added) {
    }

    /** The runs of {@code kind} holding any id from {@code least} to {@code greatest}, by first id. */
    static List<Run> overlapping(Connection connection, RecordKind kind, long least, long greatest) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT first_id, last_id, added_by, added_at "
                + "FROM record_mark_runs WHERE kind = ? AND first_id <= ? AND last_id >= ? ORDER BY first_id")) {
            query.setString(1, kind.code());
            query.setLong(2, greatest);
            query.setLong(3, least);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Run(rows.getLong(1), rows.getLong(2), new RecordMark.Stamp(
                            new TeammateId(rows.getLong(3)), rows.getObject(4, LocalDateTime.class))));
                }
            }
        }
        return runs;
    }

    /** The adding that one of {@code runs} (sorted by first id, none overlapping) holds for {@code id}. */
    static Optional<RecordMark.Stamp> addingOf(List<Run> runs, long id) {
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Run run = runs.get(middle);
            if (run.last() < id) {
                low = middle + 1;
            } else if (run.first() > id) {
                high = middle - 1;
            } else {
                return Optional.of(run.added());
            }
        }
        return Optional.empty();
    }

    /** {@code ids} as runs of consecutive ids, ascending, each {@code {first, last}}. */
    static List<long[]> consecutive(Collection<Long> ids) {
        long[] sorted = new long[ids.size()];
        int count = 0;
        for (long id : ids) {
            sorted[count++] = id;
        }
        Arrays.sort(sorted);
        List<long[]> runs = new ArrayList<>();
        int i = 0;
        while (i < count) {
            long first = sorted[i];
            long last = first;
            while (++i < count && sorted[i] <= last + 1) {
                last = sorted[i];
            }
            runs.add(new long[] {first, last});
        }
        return runs;
    }

    static void insert(Connection connection, RecordKind kind, List<Run> runs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO record_mark_runs "
                + "(kind, first_id, last_id, added_by, added_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Run run : runs) {
                insert.setString(1, kind.code());
                insert.setLong(2, run.first());
                insert.setLong(3, run.last());
                insert.setLong(4, run.added().by().value());
                insert.setObject(5, run.added().at());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
