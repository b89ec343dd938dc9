package dev.needle.application.port.out;

import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who added, changed and decided each record (issue 20). Written in the same unit of work as the
 * change it describes; a record without a mark is the founder's. Marks outlive a deletion, so an
 * undone deletion brings the record back with the mark it had.
 */
public interface RecordMarks {
    /** Records {@code deed} on each of {@code ids} of {@code kind}, as {@link RecordMark#with} does. */
    void mark(RecordKind kind, Collection<Long> ids, RecordMark.Deed deed, RecordMark.Stamp stamp);

    default void mark(RecordKind kind, long id, RecordMark.Deed deed, RecordMark.Stamp stamp) {
        mark(kind, List.of(id), deed, stamp);
    }

    /** The record's mark; blank when nobody marked it. */
    default RecordMark of(RecordKind kind, long id) {
        return of(kind, List.of(id)).getOrDefault(id, RecordMark.none(kind, id));
    }

    /** The marks among {@code ids} that exist, by record id. */
    Map<Long, RecordMark> of(RecordKind kind, Collection<Long> ids);

    /** Every mark, by kind (as its code sorts), then id: what a backup writes. */
    List<RecordMark> all();

    /** Replaces every mark with {@code marks}: a restored backup brings its own. */
    void replaceAll(List<RecordMark> marks);

    /** The mark, if one exists. */
    default Optional<RecordMark> find(RecordKind kind, long id) {
        return Optional.ofNullable(of(kind, List.of(id)).get(id));
    }
}
