package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.RecordMarks;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.RecordMark.Deed;
import dev.needle.domain.RecordMark.Stamp;
import dev.needle.domain.TeammateId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link RecordMarks} adapter must do: two people's marks, kept apart by kind. */
public abstract class RecordMarksContract extends StoreContract {
    private static final TeammateId ALICE = new TeammateId(11);
    private static final TeammateId BOB = new TeammateId(12);
    private static final LocalDateTime DEC_3 = LocalDateTime.of(2026, 12, 3, 9, 15);
    private static final LocalDateTime DEC_6 = LocalDateTime.of(2026, 12, 6, 10, 42);

    /** The marks of the database {@link #stores()} opened last. */
    protected abstract RecordMarks marks();

    @Test
    void aRecordNobodyMarkedHasABlankMark() {
        assertThat(marks().of(RecordKind.CONTACT, 5).isBlank()).isTrue();
        assertThat(marks().find(RecordKind.CONTACT, 5)).isEmpty();
        assertThat(marks().all()).isEmpty();
    }

    @Test
    void addedByOneAndChangedByTheOther() {
        marks().mark(RecordKind.CONTACT, 5, Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, 5, Deed.CHANGED, new Stamp(BOB, DEC_6));

        RecordMark mark = marks().of(RecordKind.CONTACT, 5);
        assertThat(mark.added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(mark.changed()).contains(new Stamp(BOB, DEC_6));
        assertThat(mark.decided()).isEmpty();
    }

    @Test
    void addingAgainKeepsTheFirstAdding() {
        marks().mark(RecordKind.NEED, 5, Deed.ADDED, new Stamp(ALICE, DEC_3));

        marks().mark(RecordKind.NEED, 5, Deed.ADDED, new Stamp(BOB, DEC_6));

        assertThat(marks().of(RecordKind.NEED, 5).added()).contains(new Stamp(ALICE, DEC_3));
    }

    @Test
    void aChangeToARecordOlderThanTheTeamLeavesItsAddingToTheFounder() {
        marks().mark(RecordKind.CONTACT, 5, Deed.CHANGED, new Stamp(BOB, DEC_3));
        marks().mark(RecordKind.CONTACT, 5, Deed.ADDED, new Stamp(BOB, DEC_6));

        RecordMark mark = marks().of(RecordKind.CONTACT, 5);
        assertThat(mark.added()).isEmpty();
        assertThat(mark.changed()).contains(new Stamp(BOB, DEC_3));
    }

    @Test
    void aDecisionIsKeptBesideTheLastChange() {
        marks().mark(RecordKind.MEETING_REQUEST, 7, Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.MEETING_REQUEST, 7, Deed.DECIDED, new Stamp(BOB, DEC_6));
        marks().mark(RecordKind.MEETING_REQUEST, 7, Deed.CHANGED, new Stamp(ALICE, DEC_6));

        RecordMark mark = marks().of(RecordKind.MEETING_REQUEST, 7);
        assertThat(mark.decided()).contains(new Stamp(BOB, DEC_6));
        assertThat(mark.changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(mark.added()).contains(new Stamp(ALICE, DEC_3));
    }

    @Test
    void kindsAreKeptApart() {
        marks().mark(RecordKind.CONTACT, 5, Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.EVENT, 5, Deed.ADDED, new Stamp(BOB, DEC_6));

        assertThat(marks().of(RecordKind.CONTACT, 5).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(marks().of(RecordKind.EVENT, 5).added()).contains(new Stamp(BOB, DEC_6));
        assertThat(marks().find(RecordKind.INTERACTION, 5)).isEmpty();
    }

    @Test
    void manyRecordsAreMarkedAndReadAtOnce() {
        marks().mark(RecordKind.CONTACT, List.of(5L, 6L, 7L), Deed.ADDED, new Stamp(ALICE, DEC_3));

        Map<Long, RecordMark> read = marks().of(RecordKind.CONTACT, List.of(5L, 7L, 8L));

        assertThat(read).containsOnlyKeys(5L, 7L);
        assertThat(read.get(7L).added()).contains(new Stamp(ALICE, DEC_3));
    }

    @Test
    void manyRecordsOfWhichSomeAreMarkedAlready() {
        marks().mark(RecordKind.CONTACT, List.of(6L, 9L), Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.NEED, 7L, Deed.ADDED, new Stamp(ALICE, DEC_3));

        marks().mark(RecordKind.CONTACT, List.of(5L, 6L, 7L, 8L, 9L), Deed.ADDED, new Stamp(BOB, DEC_6));
        marks().mark(RecordKind.CONTACT, List.of(4L, 6L, 8L), Deed.CHANGED, new Stamp(ALICE, DEC_6));

        Map<Long, RecordMark> read = marks().of(RecordKind.CONTACT, List.of(4L, 5L, 6L, 7L, 8L, 9L));
        assertThat(read.get(6L).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(read.get(9L).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(read.get(7L).added()).contains(new Stamp(BOB, DEC_6));
        assertThat(read.get(8L).added()).contains(new Stamp(BOB, DEC_6));
        assertThat(read.get(4L).added()).isEmpty();
        assertThat(read.get(4L).changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(read.get(6L).changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(read.get(5L).changed()).isEmpty();
        assertThat(marks().of(RecordKind.NEED, 7).added()).contains(new Stamp(ALICE, DEC_3));
    }

    @Test
    void aMarkRollsBackWithItsUnitOfWork() {
        assertThatThrownBy(() -> db.transactions().run(() -> {
            marks().mark(RecordKind.CONTACT, 5, Deed.ADDED, new Stamp(ALICE, DEC_3));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(marks().find(RecordKind.CONTACT, 5)).isEmpty();
    }

    @Test
    void everyMarkIsReadBackAndCanBeReplacedWhole() {
        marks().mark(RecordKind.CONTACT, 5, Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.NEED, 6, Deed.ADDED, new Stamp(BOB, DEC_6));
        RecordMark restored = new RecordMark(RecordKind.MEETING_REQUEST, 9, Optional.empty(),
                Optional.of(new Stamp(BOB, DEC_6)), Optional.of(new Stamp(ALICE, DEC_3)));

        assertThat(marks().all()).extracting(RecordMark::kind).containsExactly(RecordKind.CONTACT, RecordKind.NEED);
        marks().replaceAll(List.of(restored));

        assertThat(marks().all()).containsExactly(restored);
    }

    /** What an import does: every contact it adds, under ids drawn one after another, marked at once. */
    private static List<Long> ids(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void anImportsRecordsAreEachAddedByItsImporter() {
        marks().mark(RecordKind.CONTACT, ids(1001, 3000), Deed.ADDED, new Stamp(ALICE, DEC_3));

        assertThat(marks().of(RecordKind.CONTACT, 1001).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(marks().of(RecordKind.CONTACT, 2345).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(marks().of(RecordKind.CONTACT, 3000).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(marks().find(RecordKind.CONTACT, 1000)).isEmpty();
        assertThat(marks().find(RecordKind.CONTACT, 3001)).isEmpty();
        assertThat(marks().find(RecordKind.NEED, 2000)).isEmpty();
        Map<Long, RecordMark> read = marks().of(RecordKind.CONTACT, List.of(999L, 1000L, 1001L, 3000L, 3001L));
        assertThat(read).containsOnlyKeys(1001L, 3000L);
        assertThat(read.get(1001L)).isEqualTo(new RecordMark(RecordKind.CONTACT, 1001, Optional.of(new Stamp(ALICE, DEC_3)),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void oneImportedRecordChangedBySomeoneElseKeepsItsAddingAndItsNeighboursAreUntouched() {
        marks().mark(RecordKind.CONTACT, ids(1001, 3000), Deed.ADDED, new Stamp(ALICE, DEC_3));

        marks().mark(RecordKind.CONTACT, 2000, Deed.CHANGED, new Stamp(BOB, DEC_6));

        RecordMark changed = marks().of(RecordKind.CONTACT, 2000);
        assertThat(changed.added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(changed.changed()).contains(new Stamp(BOB, DEC_6));
        assertThat(changed.lastTouched()).contains(new Stamp(BOB, DEC_6));
        Map<Long, RecordMark> around = marks().of(RecordKind.CONTACT, List.of(1999L, 2000L, 2001L));
        assertThat(around.get(1999L).changed()).isEmpty();
        assertThat(around.get(2001L).changed()).isEmpty();
        assertThat(around.get(2001L).added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(around.get(2000L).changed()).contains(new Stamp(BOB, DEC_6));
    }

    @Test
    void anImportedRecordChangedTwiceAndDecidedKeepsTheLatestOfEach() {
        marks().mark(RecordKind.MEETING_REQUEST, ids(50, 60), Deed.ADDED, new Stamp(ALICE, DEC_3));

        marks().mark(RecordKind.MEETING_REQUEST, List.of(52L, 55L), Deed.CHANGED, new Stamp(BOB, DEC_3));
        marks().mark(RecordKind.MEETING_REQUEST, 55, Deed.CHANGED, new Stamp(ALICE, DEC_6));
        marks().mark(RecordKind.MEETING_REQUEST, 56, Deed.DECIDED, new Stamp(BOB, DEC_6));

        assertThat(marks().of(RecordKind.MEETING_REQUEST, 52).changed()).contains(new Stamp(BOB, DEC_3));
        assertThat(marks().of(RecordKind.MEETING_REQUEST, 55).changed()).contains(new Stamp(ALICE, DEC_6));
        RecordMark decided = marks().of(RecordKind.MEETING_REQUEST, 56);
        assertThat(decided.added()).contains(new Stamp(ALICE, DEC_3));
        assertThat(decided.changed()).isEmpty();
        assertThat(decided.decided()).contains(new Stamp(BOB, DEC_6));
    }

    @Test
    void anImportedRecordDeletedAndBroughtBackByAnUndoKeepsItsFirstAdding() {
        marks().mark(RecordKind.CONTACT, ids(1001, 1100), Deed.ADDED, new Stamp(ALICE, DEC_3));

        // Deleting leaves the mark; the undo saves the record again as new, by someone else, later.
        marks().mark(RecordKind.CONTACT, 1050, Deed.ADDED, new Stamp(BOB, DEC_6));
        marks().mark(RecordKind.CONTACT, ids(1001, 1100), Deed.ADDED, new Stamp(BOB, DEC_6));

        assertThat(marks().of(RecordKind.CONTACT, ids(1001, 1100)).values())
                .hasSize(100).allSatisfy(mark -> {
                    assertThat(mark.added()).contains(new Stamp(ALICE, DEC_3));
                    assertThat(mark.changed()).isEmpty();
                });
    }

    @Test
    void anImportThatUndoesAChangeToAnImportedRecordMarksItChanged() {
        marks().mark(RecordKind.CONTACT, ids(1001, 1100), Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, 1020, Deed.CHANGED, new Stamp(BOB, DEC_3));

        // An undo of an import that merged into some of them saves their earlier state: a change.
        marks().mark(RecordKind.CONTACT, List.of(1010L, 1020L, 1030L), Deed.CHANGED, new Stamp(ALICE, DEC_6));

        Map<Long, RecordMark> read = marks().of(RecordKind.CONTACT, List.of(1010L, 1020L, 1030L, 1040L));
        assertThat(read.get(1010L).changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(read.get(1020L).changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(read.get(1030L).changed()).contains(new Stamp(ALICE, DEC_6));
        assertThat(read.get(1040L).changed()).isEmpty();
        assertThat(read.values()).allSatisfy(mark -> assertThat(mark.added()).contains(new Stamp(ALICE, DEC_3)));
    }

    @Test
    void anImportOverRecordsPartlyMarkedAddsOnlyTheOthers() {
        marks().mark(RecordKind.CONTACT, List.of(12L, 13L), Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, 15L, Deed.CHANGED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, ids(18, 20), Deed.ADDED, new Stamp(ALICE, DEC_3));

        marks().mark(RecordKind.CONTACT, ids(10, 25), Deed.ADDED, new Stamp(BOB, DEC_6));

        Map<Long, RecordMark> read = marks().of(RecordKind.CONTACT, ids(9, 26));
        assertThat(read).containsOnlyKeys(ids(10, 25));
        for (long id : List.of(12L, 13L, 18L, 19L, 20L)) {
            assertThat(read.get(id).added()).as("record %d", id).contains(new Stamp(ALICE, DEC_3));
        }
        for (long id : List.of(10L, 11L, 14L, 16L, 17L, 21L, 25L)) {
            assertThat(read.get(id).added()).as("record %d", id).contains(new Stamp(BOB, DEC_6));
        }
        assertThat(read.get(15L).added()).isEmpty();
        assertThat(read.get(15L).changed()).contains(new Stamp(ALICE, DEC_3));
    }

    @Test
    void recordsAddedInRunsWithGapsLeaveTheGapsUnmarked() {
        List<Long> added = new ArrayList<>(ids(5, 9));
        added.add(11L);
        added.addAll(ids(20, 22));
        added.add(7L);

        marks().mark(RecordKind.INTERACTION, added, Deed.ADDED, new Stamp(BOB, DEC_3));

        assertThat(marks().of(RecordKind.INTERACTION, ids(1, 25)))
                .containsOnlyKeys(5L, 6L, 7L, 8L, 9L, 11L, 20L, 21L, 22L);
    }

    @Test
    void everyImportedRecordIsReadBackOnceInOrderWithItsOwnChanges() {
        marks().mark(RecordKind.NEED, 3, Deed.ADDED, new Stamp(BOB, DEC_3));
        marks().mark(RecordKind.CONTACT, ids(101, 200), Deed.ADDED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, 7, Deed.ADDED, new Stamp(BOB, DEC_3));
        marks().mark(RecordKind.CONTACT, 150, Deed.CHANGED, new Stamp(BOB, DEC_6));

        List<RecordMark> all = marks().all();

        assertThat(all).hasSize(102);
        assertThat(all.get(0)).isEqualTo(new RecordMark(RecordKind.CONTACT, 7, Optional.of(new Stamp(BOB, DEC_3)),
                Optional.empty(), Optional.empty()));
        assertThat(all.subList(1, 101)).extracting(RecordMark::recordId).containsExactlyElementsOf(ids(101, 200));
        assertThat(all.get(50)).isEqualTo(new RecordMark(RecordKind.CONTACT, 150, Optional.of(new Stamp(ALICE, DEC_3)),
                Optional.of(new Stamp(BOB, DEC_6)), Optional.empty()));
        assertThat(all.get(101).kind()).isEqualTo(RecordKind.NEED);
    }

    @Test
    void aRestoredBackupReplacesAnImportsMarksAndAllowsChangingThemAfter() {
        marks().mark(RecordKind.CONTACT, ids(1, 500), Deed.ADDED, new Stamp(ALICE, DEC_3));
        List<RecordMark> backup = new ArrayList<>();
        for (long id = 300; id <= 700; id++) {
            backup.add(new RecordMark(RecordKind.CONTACT, id, Optional.of(new Stamp(id < 600 ? BOB : ALICE, DEC_6)),
                    id == 400 ? Optional.of(new Stamp(ALICE, DEC_6)) : Optional.empty(), Optional.empty()));
        }
        Collections.reverse(backup);

        marks().replaceAll(backup);

        assertThat(marks().find(RecordKind.CONTACT, 299)).isEmpty();
        assertThat(marks().all()).hasSize(401).containsAll(backup);
        marks().mark(RecordKind.CONTACT, 500, Deed.CHANGED, new Stamp(ALICE, DEC_3));
        marks().mark(RecordKind.CONTACT, 500, Deed.ADDED, new Stamp(ALICE, DEC_3));
        RecordMark changed = marks().of(RecordKind.CONTACT, 500);
        assertThat(changed.added()).contains(new Stamp(BOB, DEC_6));
        assertThat(changed.changed()).contains(new Stamp(ALICE, DEC_3));
        assertThat(marks().of(RecordKind.CONTACT, 650).added()).contains(new Stamp(ALICE, DEC_6));
    }

    @Test
    void anImportsMarksRollBackWithItsUnitOfWork() {
        marks().mark(RecordKind.CONTACT, ids(1, 10), Deed.ADDED, new Stamp(BOB, DEC_3));

        assertThatThrownBy(() -> db.transactions().run(() -> {
            marks().mark(RecordKind.CONTACT, ids(11, 2000), Deed.ADDED, new Stamp(ALICE, DEC_3));
            marks().mark(RecordKind.CONTACT, 5, Deed.CHANGED, new Stamp(ALICE, DEC_3));
            throw new IllegalStateException("the import failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(marks().find(RecordKind.CONTACT, 11)).isEmpty();
        assertThat(marks().of(RecordKind.CONTACT, 5).changed()).isEmpty();
        assertThat(marks().all()).hasSize(10);
    }
}
