package dev.needle.application.team;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Marks records with this session's person and time, in the unit of work of the write it describes:
 * the write and its mark land together or not at all.
 */
final class Marker {
    private final RecordMarks marks;
    private final ActingPerson acting;
    private final ClockPort clock;
    private final Transactions transactions;
    private final ConflictNamer conflicts;
    /** True while a restore writes records whose marks come from the backup instead. */
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);

    Marker(RecordMarks marks, ActingPerson acting, ClockPort clock, Transactions transactions, ConflictNamer conflicts) {
        this.marks = marks;
        this.acting = acting;
        this.clock = clock;
        this.transactions = transactions;
        this.conflicts = conflicts;
    }

    /**
     * Saves record {@code id} of {@code kind} with {@code write} and marks it, in one unit of work; a
     * refusal names who changed the record meanwhile ({@code name}: the record as the user knows it).
     * The refusal is named outside the unit of work, which the database may no longer let read.
     */
    <T> T saving(RecordKind kind, long id, String name, Supplier<T> write, RecordMark.Deed deed) {
        return conflicts.naming(kind, id, name, () -> writing(write, written -> mark(kind, id, deed)));
    }

    /** Runs {@code write} and then marks what it wrote, in one unit of work (joining one already running). */
    <T> T writing(Supplier<T> write, Consumer<T> markWritten) {
        return transactions.inTransaction(() -> {
            T written = write.get();
            markWritten.accept(written);
            return written;
        });
    }

    void mark(RecordKind kind, long id, RecordMark.Deed deed) {
        mark(kind, List.of(id), deed);
    }

    void mark(RecordKind kind, Collection<Long> ids, RecordMark.Deed deed) {
        if (!ids.isEmpty() && !quiet.get()) {
            // Seconds are enough for "at 10:42", and every database keeps them exactly.
            marks.mark(kind, ids, deed, new RecordMark.Stamp(acting.person().id(),
                    clock.now().truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    /** Runs {@code work} without marking what it writes on this thread. */
    <T> T unmarked(Supplier<T> work) {
        boolean before = quiet.get();
        quiet.set(true);
        try {
            return work.get();
        } finally {
            quiet.set(before);
        }
    }

    /** A record saved at version 0 is new: added; any other save is a change. */
    static RecordMark.Deed savedAt(long version) {
        return version == 0 ? RecordMark.Deed.ADDED : RecordMark.Deed.CHANGED;
    }
}
