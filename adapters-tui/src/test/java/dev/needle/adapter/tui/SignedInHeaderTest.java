package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.in.TeamUseCase;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: on a database several people share, the title line says who you are, at its right, at 80x24
 * and at the smallest window; a person alone sees the title line as before.
 */
class SignedInHeaderTest {
    private static final Teammate ALICE = new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 1));
    private static final Teammate BOB = new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 2, 1));

    /** Bob's session; the team is whoever {@code members} holds when the screen asks. */
    private static TeamUseCase bob(List<Teammate> members) {
        return new TeamUseCase() {
            @Override
            public Teammate me() {
                return BOB;
            }

            @Override
            public Team team() {
                return new Team(members);
            }
        };
    }

    private static Wiring withDirection(String statement, TeamUseCase team) {
        Wiring w = new Wiring();
        w.useCases = w.useCases.withTeam(team);
        w.useCases.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS, statement, Set.of()));
        return w;
    }

    @Test
    void aSharedDatabaseShowsWhoYouAreAtTheRightOfTheTitle() throws Exception {
        try (Tui tui = new Tui(withDirection("Open a second bakery in Lyon", bob(List.of(ALICE, BOB))), 80, 24)) {
            String title = tui.row(0);
            assertThat(title).startsWith(" Needle · Open a second bakery in Lyon");
            assertThat(title.stripTrailing()).endsWith("as Bob");
            assertThat(title).hasSize(80);
        }
    }

    @Test
    void aLongDirectionGivesWayToTheNameAtTheSmallestWindow() throws Exception {
        String statement = "Find three wholesale customers for the sourdough line before the spring fair opens";
        try (Tui tui = new Tui(withDirection(statement, bob(List.of(ALICE, BOB))), 60, 16)) {
            String title = tui.row(0);
            assertThat(title.stripTrailing()).endsWith("as Bob");
            assertThat(title).startsWith(" Needle · Find three").contains("…");
        }
    }

    @Test
    void aPersonAloneSeesTheTitleAsBefore() throws Exception {
        try (Tui tui = new Tui(withDirection("Open a second bakery in Lyon", bob(List.of(BOB))), 80, 24)) {
            assertThat(tui.row(0)).doesNotContain("as Bob");
        }
    }

    @Test
    void aPartnerJoiningMeanwhileBringsTheNameOnTheNextChange() throws Exception {
        List<Teammate> members = new ArrayList<>(List.of(BOB));
        try (Tui tui = new Tui(withDirection("Open a second bakery in Lyon", bob(members)), 80, 24)) {
            assertThat(tui.row(0)).doesNotContain("as Bob");
            members.add(0, ALICE);
            tui.wiring.useCases.captureContact().capture(new dev.needle.application.port.in.CaptureContactUseCase.Command(
                    "Ana Ruiz", "", "", java.util.Optional.empty(), Set.of(), java.util.Optional.empty()));
            tui.lookForChanges();
            assertThat(tui.row(0).stripTrailing()).endsWith("as Bob");
        }
    }
}
