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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
}
