package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alice and Bob on one database (issue 20): the direction is the team's, but each sees and edits what
 * they themselves can offer and their own weekly hours; the money is the team's.
 */
class PersonalLimitsScreensTest {
    private static final LocalDate JOINED = LocalDate.of(2026, 3, 1);
    private Wiring alice;
    private Wiring bob;

    @BeforeEach
    void aTeamOfTwo() {
        Wiring database = new Wiring();
        Teammate a = database.fakes.team.join(new Teammate(new TeammateId(1), "Alice", JOINED));
        Teammate b = database.fakes.team.join(new Teammate(new TeammateId(2), "Bob", JOINED));
        alice = Seeds.withDirection(new Wiring(database, a));
        bob = new Wiring(database, b);
        alice.useCases.setBudget().setBudget(Budget.of(4, Money.parse("100")));
    }

    @Test
    void eachPartnerSeesAndSetsWhatTheyCanOfferBesideTheTeamsDirection() throws Exception {
        try (Tui bobs = Tui.on(bob).press('D')) {
            assertThat(bobs.text()).contains("Land a UX research role in fintech").contains("I can offer: —")
                    .contains("what you offer is yours");

            bobs.press('o').type("bookkeeping").press(Key.ctrl('s'));

            assertThat(bobs.text()).contains("You offer bookkeeping.").contains("I can offer: bookkeeping");
        }
        try (Tui alices = Tui.on(alice).press('D')) {
            assertThat(alices.text()).contains("I can offer: ux design").doesNotContain("bookkeeping");
        }
    }

    @Test
    void undoPutsBackWhatBobOfferedBefore() throws Exception {
        try (Tui bobs = Tui.on(bob).press('D')) {
            bobs.press('o').type("bookkeeping").press(Key.ctrl('s'));

            bobs.press('u');

            assertThat(bobs.text()).contains("I can offer: —");
        }
    }

    @Test
    void theBudgetScreenShowsMyHoursAndTheTeamsMoney() throws Exception {
        try (Tui bobs = Tui.on(bob).press('6')) {
            assertThat(bobs.text()).contains("Your hours this week: 0 of 4 h spent")
                    .contains("The team's money this month: 0.00 of 100.00");

            bobs.press('e').press(Key.ctrl('u')).type("2").tab().press(Key.ctrl('u')).type("150")
                    .press(Key.ctrl('s'));

            assertThat(bobs.text()).contains("Your hours this week: 0 of 2 h spent");
        }
        try (Tui alices = Tui.on(alice).press('6')) {
            assertThat(alices.text()).contains("Your hours this week: 0 of 4 h spent")
                    .contains("The team's money this month: 0.00 of 150.00");
        }
    }
}
