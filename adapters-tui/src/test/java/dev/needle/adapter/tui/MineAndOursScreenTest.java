package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Assignment;
import dev.needle.domain.Contact;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Two partners on one database at 80x24: Today mine first, the Mine/All switch, giving a follow-up. */
class MineAndOursScreenTest {
    private final Wiring data = Seeds.withDirection();
    private final Teammate alice = data.fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
    private final Teammate bob = data.fakes.team.join(new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 3, 1)));
    private final Contact ann = due(Seeds.contact(data, "Ann Lee", "Acme", ""));
    private final Contact ben = due(Seeds.contact(data, "Ben Ng", "Globex", ""));
    private final Contact cleo = Seeds.contact(data, "Cleo Park", "Initech", "");

    MineAndOursScreenTest() {
        data.fakes.assignments.assign(Assignment.owner(ben.id(), bob.id()));
        data.fakes.assignments.assign(Assignment.owner(cleo.id(), bob.id()));
    }

    private Contact due(Contact c) {
        return data.fakes.contacts.save(data.fakes.contacts.find(c.id()).orElseThrow().followUpOn(Fakes.TODAY));
    }

    private static String hintBar(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 2);
    }

    private static String message(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 1);
    }

    @Test
    void todayShowsMyFollowUpsFirstThenTheTeamsWithWhoHasThem() throws Exception {
        try (Tui tui = Tui.on(data.actingAs(alice))) {
            assertThat(tui.rowOf("My follow-ups")).isPositive();
            assertThat(tui.rowOf("Ann Lee")).isGreaterThan(tui.rowOf("My follow-ups"));
            assertThat(tui.rowOf("The team's follow-ups")).isGreaterThan(tui.rowOf("Ann Lee"));
            assertThat(tui.row(tui.rowOf("Ben Ng"))).contains("· Bob");
            assertThat(tui.rowOf("Ben Ng")).isGreaterThan(tui.rowOf("The team's follow-ups"));
            assertThat(hintBar(tui)).contains("M mine only").contains("> give to…");
            tui.press('?');
            assertThat(tui.text()).contains("mine only").contains("give to…");
        }
    }

    @Test
    void theMineAllSwitchNarrowsTodayAndTheListsAndStaysAsSetFromScreenToScreen() throws Exception {
        try (Tui tui = Tui.on(data.actingAs(alice))) {
            tui.press('M');
            assertThat(message(tui)).contains("Showing only yours");
            assertThat(tui.text()).contains("Ann Lee").doesNotContain("Ben Ng").doesNotContain("The team's");
            assertThat(hintBar(tui)).contains("M everyone's");

            tui.press('3');
            assertThat(tui.text()).contains("Ann Lee").doesNotContain("Ben Ng").doesNotContain("Cleo Park");
            tui.press('M');
            assertThat(tui.text()).contains("Ann Lee").contains("Ben Ng").contains("Cleo Park");

            tui.press('5');
            assertThat(tui.text()).contains("Ann Lee").contains("Ben Ng");
            tui.press('M');
            assertThat(tui.text()).contains("Ann Lee").doesNotContain("Ben Ng");
        }
    }

    @Test
    void thePickerGivesAFollowUpToAPartnerItReachesTheirTodayAndUndoTakesItBack() throws Exception {
        try (Tui alices = Tui.on(data.actingAs(alice)); Tui bobs = Tui.on(new Wiring(data).actingAs(bob))) {
            assertThat(bobs.row(bobs.rowOf("Ann Lee"))).contains("· Alice");
            alices.press('5');
            assertThat(alices.isReversed(alices.rowOf("Ann Lee"))).isTrue();
            assertThat(hintBar(alices)).contains("> give to…");

            alices.press('>');
            assertThat(alices.text()).contains("Give the follow-up with Ann Lee to:");
            // (The title line says "as Alice" too: the picker's row is the one saying who has it.)
            assertThat(alices.row(alices.rowOf("(has it now)"))).contains("Alice");
            alices.press('j').enter();

            assertThat(message(alices)).contains("The follow-up with Ann Lee is Bob's now. u undoes.");
            assertThat(data.fakes.assignments.find(Assignment.Duty.FOLLOW_UP, ann.id().value())).contains(bob.id());
            bobs.lookForChanges();
            assertThat(bobs.rowOf("Ann Lee")).isGreaterThan(bobs.rowOf("My follow-ups"));
            assertThat(bobs.text()).doesNotContain("The team's follow-ups");
            assertThat(bobs.row(bobs.rowOf("Ann Lee"))).doesNotContain("·");

            alices.press('u');
            assertThat(message(alices)).contains("Undone: the follow-up with Ann Lee given to Bob.");
            assertThat(data.fakes.assignments.find(Assignment.Duty.FOLLOW_UP, ann.id().value())).isEmpty();
        }
    }

    @Test
    void aloneNothingChangesNoSwitchNoGivingNoSplit() throws Exception {
        Wiring alone = Seeds.withDirection();
        Contact mine = Seeds.contact(alone, "Ann Lee", "Acme", "");
        alone.fakes.contacts.save(alone.fakes.contacts.find(mine.id()).orElseThrow().followUpOn(Fakes.TODAY));
        try (Tui tui = Tui.on(alone)) {
            assertThat(tui.text()).contains("Follow-ups").doesNotContain("My follow-ups");
            assertThat(hintBar(tui)).doesNotContain("M ").doesNotContain(">");
            tui.press('5');
            assertThat(hintBar(tui)).doesNotContain("give to");
            tui.press('?');
            assertThat(tui.text()).doesNotContain("mine only").doesNotContain("give to");
            tui.esc().press('M');
            assertThat(tui.text()).contains("Ann Lee");
            tui.press(Key.ch('>'));
            assertThat(tui.text()).doesNotContain("Give the follow-up");
        }
    }
}
