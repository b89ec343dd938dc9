package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Schedule;
import dev.needle.domain.Target;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meetings already scheduled this week hold their hours: what is left, and what triage weighs, is after them. */
class BookedMeetingsTest {

    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    private static void coffeeTomorrow(Wiring w, Contact with) {
        coffeeBooked(w, with, 700, 1, "Café Luitpold");
    }

    /** A coffee of an hour and 30 minutes' travel, costing 6, scheduled {@code inDays} from today. */
    private static void coffeeBooked(Wiring w, Contact with, long id, int inDays, String place) {
        CostEstimate cost = new CostEstimate(60, 30, Money.parse("6"));
        MeetingRequest asked = MeetingRequest.pending(new MeetingRequestId(id), with.id(), Fakes.TODAY, Initiator.THEM,
                "coffee", Channel.COFFEE, place, Optional.empty(), cost);
        w.fakes.requests.save(asked.accept(new Schedule(Fakes.TODAY.plusDays(inDays).atTime(10, 0), place,
                Channel.COFFEE, 60), cost, ""));
    }

    private record Booked(Wiring w, Contact bo) {
    }

    /** Bo Lind, a budget of 2 h a week and 40 a month, and a coffee with him booked for tomorrow. */
    private static Booked aCoffeeBookedWithBo() {
        Wiring w = Seeds.withDirection();
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "Engineer");
        w.useCases.setBudget().setBudget(new Budget(120, Money.parse("40")));
        coffeeTomorrow(w, bo);
        return new Booked(w, bo);
    }

    @Test
    void theBudgetSaysWhatTheMeetingsAheadHaveBookedAndLeavesTheRest() throws Exception {
        // With a coffee scheduled for tomorrow, the budget said "0 of 2 h spent, 2 h left".
        Wiring w = aCoffeeBookedWithBo().w();
        try (Tui tui = Tui.on(w).press('6')) {
            assertThat(words(tui)).contains("This week: 0 of 2 h spent, 1.5 h booked, 0.5 h left")
                    .contains("This month: 0.00 of 40.00 spent, 6.00 booked, 34.00 left");
            tui.press('1');
            assertThat(words(tui)).contains("0 of 2 h, 1.5 h booked");
        }
    }

    @Test
    void theBudgetBarsDrawWhatIsBookedBesideWhatIsSpent() throws Exception {
        // The bars drew only what was spent: an empty bar beside "1.5 h booked, 0.5 h left", and a red
        // bar a quarter full beside "0.5 h over" once a second coffee was booked.
        Wiring w = aCoffeeBookedWithBo().w();
        try (Tui tui = Tui.on(w).press('6')) {
            // 1.5 of 2 h booked is 15 of 20 cells; 6 of 40 money is 3.
            assertThat(tui.text()).contains("[" + "\u2591".repeat(15) + "\u00b7".repeat(5) + "]")
                    .contains("[" + "\u2591".repeat(3) + "\u00b7".repeat(17) + "]");
            tui.press('1');
            assertThat(tui.text()).contains("[" + "\u2591".repeat(15) + "\u00b7".repeat(5) + "]");
        }
    }

    @Test
    void aWeekBookedOverItsHoursShowsAFullBarNotAnEmptyOne() throws Exception {
        Booked booked = aCoffeeBookedWithBo();
        Wiring w = booked.w();
        coffeeBooked(w, booked.bo(), 701, 2, "Kantine");
        try (Tui tui = Tui.on(w).press('6')) {
            assertThat(words(tui)).contains("1 h over");
            assertThat(tui.text()).contains("[" + "\u2591".repeat(20) + "]!");
        }
    }

    @Test
    void triageWeighsARequestAfterTheMeetingsAlreadyBooked() throws Exception {
        // A second coffee this week was "within budget: 1.5 h of 2 h this week" beside the first one booked.
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Talk to someone at Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "Engineer");
        w.useCases.setBudget().setBudget(new Budget(120, Money.parse("40")));
        coffeeTomorrow(w, bo);
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee this week?").enter()) {
            assertThat(words(tui)).contains("over budget: 2.3 h of 2 h this week (1.5 h already booked)")
                    .contains("0.5 h left this week");
        }
    }

    @Test
    void afterAcceptingTheReasonsWeighTheMeetingAsScheduled() throws Exception {
        // Accepted for 90 minutes and 40 of travel, the screen still said "within budget: 1 h of 2 h"
        // from the hour first estimated, under a cost line saying 130 minutes; opened again it said 2.2 h.
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Talk to someone at Globex", Target.company("Globex"));
        Seeds.contact(w, "Bo Lind", "Globex", "Engineer");
        w.useCases.setBudget().setBudget(new Budget(180, Money.parse("60")));
        try (Tui tui = Tui.on(w).press('3').press('t').type("Lunch?").tab().type("lunch").tab().type("Deli").enter()) {
            assertThat(words(tui)).contains("within budget: 1 h of 3 h this week");
            tui.press('a').tab().tab().tab().tab().press(Key.ctrl('u')).type("90").tab().press(Key.ctrl('u')).type("40")
                    .press(Key.ctrl('s'));
            assertThat(tui.ui.current().name()).as(tui.text()).isEqualTo("Triage");
            assertThat(words(tui)).contains("90 min + 40 min travel").contains("within budget: 2.2 h of 3 h this week")
                    .doesNotContain("1 h of 3 h");
        }
    }

    @Test
    void aScheduledMeetingIsHeadedByTheDecisionNotByAdviceAgainstIt() throws Exception {
        // Scheduled with 50 minutes of travel, the screen was headed "SUGGEST A CALL OR EMAIL INSTEAD"
        // above "Decided: scheduled" and a message saying "I would be glad to meet".
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Talk to someone at Globex", Target.company("Globex"));
        Seeds.contact(w, "Bo Lind", "Globex", "Engineer");
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("60")));
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee?").tab().type("coffee").tab().type("Deli").enter()) {
            tui.press('a').tab().tab().tab().tab().tab().press(Key.ctrl('u')).type("50").press(Key.ctrl('s'));
            assertThat(tui.row(4)).as(tui.text()).contains("Decided: scheduled");
            assertThat(words(tui)).contains("Needle's advice: suggest a call or email instead").doesNotContain("SUGGEST A CALL");
        }
    }

    @Test
    void aScheduledMeetingOpenedAgainIsNotBookedAgainstItself() throws Exception {
        // Its own 1.5 h would count twice: booked, and again as the cost weighed.
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Talk to someone at Globex", Target.company("Globex"));
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "Engineer");
        w.useCases.setBudget().setBudget(new Budget(120, Money.parse("40")));
        coffeeTomorrow(w, bo);
        try (Tui tui = Tui.on(w).press('3').enter().enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(words(tui)).contains("within budget: 1.5 h of 2 h this week").doesNotContain("over budget");
        }
    }
}
