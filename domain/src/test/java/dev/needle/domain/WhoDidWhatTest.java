package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhoDidWhatTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Teammate ALICE = new Teammate(new TeammateId(1), "Alice", TODAY);
    private static final Teammate BOB = new Teammate(new TeammateId(2), "Bob", TODAY);
    private final WhoDidWhat team = new WhoDidWhat(new Team(List.of(ALICE, BOB)), TODAY);

    private static RecordMark mark(Optional<RecordMark.Stamp> added, Optional<RecordMark.Stamp> changed) {
        return new RecordMark(RecordKind.CONTACT, 5, added, changed, Optional.empty());
    }

    @Test
    void aDeedOfTodaySaysItsTimeAndAnOlderOneItsDay() {
        RecordMark mark = mark(Optional.of(new RecordMark.Stamp(ALICE.id(), LocalDateTime.of(2026, 12, 3, 9, 15))),
                Optional.of(new RecordMark.Stamp(BOB.id(), TODAY.atTime(10, 42))));

        assertThat(team.line(mark)).contains("Added by Alice on 3 Dec · changed by Bob at 10:42");
    }

    @Test
    void aDeedOfAnotherYearSaysTheYear() {
        RecordMark mark = mark(Optional.of(new RecordMark.Stamp(BOB.id(), LocalDateTime.of(2025, 1, 9, 8, 0))),
                Optional.empty());

        assertThat(team.line(mark)).contains("Added by Bob on 9 Jan 2025");
    }

    @Test
    void oneAloneIsToldNothingAndABlankMarkIsTheFounders() {
        assertThat(new WhoDidWhat(new Team(List.of(ALICE)), TODAY).line(RecordMark.none(RecordKind.NEED, 3))).isEmpty();
        assertThat(team.line(RecordMark.none(RecordKind.NEED, 3))).contains("Added by Alice");
    }

    @Test
    void aRefusalSaysWhoChangedTheRecordOrThatItWasYouElsewhere() {
        RecordMark byBob = mark(Optional.empty(), Optional.of(new RecordMark.Stamp(BOB.id(), LocalDateTime.of(2026, 12, 5, 17, 3))));

        assertThat(team.lastChange(byBob, ALICE)).isEqualTo("changed by Bob on 5 Dec at 17:03");
        assertThat(team.lastChange(byBob, BOB)).isEqualTo("changed by you in another session on 5 Dec at 17:03");
    }

    @Test
    void aChangeThatWasTheDecisionItselfIsNotToldTwice() {
        // "decided by Bea Novak at 13:37 · changed by Bea Novak at 13:37" for one accept.
        RecordMark.Stamp accepted = new RecordMark.Stamp(BOB.id(), TODAY.atTime(13, 37));
        RecordMark mark = new RecordMark(RecordKind.MEETING_REQUEST, 8, Optional.of(accepted), Optional.of(accepted),
                Optional.of(accepted));
        RecordMark later = new RecordMark(RecordKind.MEETING_REQUEST, 8, Optional.of(accepted),
                Optional.of(new RecordMark.Stamp(ALICE.id(), TODAY.atTime(15, 2))), Optional.of(accepted));

        assertThat(team.line(mark)).contains("Added by Bob at 13:37 · decided by Bob at 13:37");
        assertThat(team.line(later)).contains("Added by Bob at 13:37 · decided by Bob at 13:37 · changed by Alice at 15:02");
    }
}
