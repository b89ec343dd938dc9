package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.Target;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A meeting request says when they propose to meet, and triage weighs that week's budget. */
class ProposedDayTest {

    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    /** A need at Acme, Ana Ruiz there, and a budget of 2 h that Monday's meeting spent. */
    private static Wiring thisWeeksHoursSpent() {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "Talk to someone at Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        w.useCases.setBudget().setBudget(new Budget(120, Money.parse("40")));
        // Fakes.TODAY is Wednesday 2026-03-18: Monday's two hours spent this week's budget.
        w.fakes.interactions.add(new Interaction(new InteractionId(900), ana.id(), Fakes.TODAY.minusDays(2),
                Channel.IN_PERSON, 120, 0, Expenses.NONE, "", Set.of()));
        return w;
    }

    @Test
    void aCoffeeProposedForNextWeekIsWeighedAgainstNextWeeksHours() throws Exception {
        Wiring w = thisWeeksHoursSpent();
        Contact ana = w.useCases.searchContacts().search("ana", 1).get(0);
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next Tuesday?")) {
            assertThat(tui.text()).contains("Day").contains("Time");
            tui.tab().tab().tab().tab().type("next tue").tab().type("3pm").enter();

            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(words(tui)).contains("MEET IN PERSON").contains("in the week of March 23")
                    .contains("Ana Ruiz asks: Coffee next Tuesday? (coffee, Tuesday, March 24 at 3 pm)");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests()).extracting(MeetingRequest::proposedAt)
                    .containsExactly(java.util.Optional.of(LocalDateTime.of(2026, 3, 24, 15, 0)));
        }
    }

    @Test
    void todayAndTheRequestsListShowTheDayProposed() throws Exception {
        // Both listed the request waiting for triage without the Tuesday Ana had proposed.
        Wiring w = thisWeeksHoursSpent();
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next Tuesday?")) {
            tui.tab().tab().tab().tab().type("next tue").tab().type("3pm").enter();
            tui.esc().esc().press('1');
            assertThat(tui.text()).contains("Ana Ruiz").contains("Tue Mar 24, 15:00 · Coffee next Tuesday?");

            tui.press(':').type("requests").enter();
            assertThat(tui.text()).contains("coffee, Tue Mar 24, 15:00");
        }
    }

    @Test
    void aCounterOfferKeepsTheDayTheyProposedInTheMessageAndOnTheirPage() throws Exception {
        // Countered with a call, the message read "Could we have a short call instead?" and the request on
        // Ana's page said nothing of the Tuesday she had proposed.
        Wiring w = thisWeeksHoursSpent();
        Contact ana = w.useCases.searchContacts().search("ana", 1).get(0);
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next Tuesday?")) {
            tui.tab().tab().tab().tab().type("next tue").tab().type("3pm").enter();
            tui.press('c').enter();

            MeetingRequest countered = w.useCases.viewContact().viewContact(ana.id()).requests().get(0);
            assertThat(countered.proposedAt()).contains(LocalDateTime.of(2026, 3, 24, 15, 0));
            assertThat(countered.message()).contains("Could we have a short call on Tuesday, March 24 at 3 pm instead?");
            assertThat(words(tui)).as(tui.text()).contains("Decided: call offered instead of a coffee on Tuesday, March 24 at 3 pm")
                    .contains("Could we have a short call on Tuesday, March 24 at 3 pm instead?");

            tui.esc().enter();
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            assertThat(tui.row(tui.rowOf("Coffee next Tuesday?"))).as(tui.text())
                    .contains("coffee on Tue Mar 24, 15:00").contains("call offered");
        }
    }

    @Test
    void aLongAskStillShowsTheDayItProposes() throws Exception {
        // The request's line was cut at the window's edge, and the day it proposed with it.
        Wiring w = thisWeeksHoursSpent();
        try (Tui tui = Tui.on(w).press('3').press('t')
                .type("Could we grab a coffee near Alexanderplatz and talk about how your research team is set up?")) {
            tui.tab().tab().tab().tab().type("next tue").tab().type("3pm").enter();

            assertThat(words(tui)).as(tui.text()).contains("how your research team is set up? (coffee, Tuesday, March 24 at 3 pm)");
        }
    }

    @Test
    void theCostLineSaysTheHoursLeftInTheWeekItWeighs() throws Exception {
        // The verdict weighed next week's free hours, and the cost line beside it said "left this week 0 h".
        Wiring w = thisWeeksHoursSpent();
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee next Tuesday?")) {
            tui.tab().tab().tab().tab().type("next tue").tab().type("3pm").enter();

            assertThat(words(tui)).contains("2 h left in the week of March 23, 40.00 left this month")
                    .doesNotContain("left this week");
        }
        try (Tui tui = Tui.on(w).press('3').press('t').type("Coffee today?").enter()) {
            assertThat(words(tui)).contains("0 h left this week, 40.00 left this month");
        }
    }

    @Test
    void aRequestWithNothingTypedReadsAsWhatTheyAskFor() throws Exception {
        // It read "Ana Ruiz asks: coffee (coffee)".
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(tui.text()).contains("Ana Ruiz asks for a coffee").doesNotContain("(coffee)");
            tui.esc().press('1');
            // Today's row for it was blank after the name.
            assertThat(tui.row(tui.rowOf("Ana Ruiz"))).contains("a coffee");
        }
    }

    @Test
    void hoursSpentAndHoursLeftAddUpToTheBudget() {
        // 65 minutes of 3.5 h read "1.1 of 3.5 h spent, 2.5 h left": left was rounded up too.
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        w.useCases.setBudget().setBudget(new Budget(210, Money.parse("40")));
        w.fakes.interactions.add(new Interaction(new InteractionId(900), ana.id(), Fakes.TODAY,
                Channel.COFFEE, 45, 20, Expenses.NONE, "", Set.of()));
        try (Tui tui = Tui.on(w).press('6')) {
            assertThat(tui.text()).contains("1.1 of 3.5 h spent, 2.4 h left");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
