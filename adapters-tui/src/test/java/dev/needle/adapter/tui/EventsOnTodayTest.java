package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "UX Lyon Meetup #42" tonight at 19:00: Today, where the day starts, shows the events of the days ahead
 * (when, where, how many are expected), opens an event's prep sheet, and after the event captures the
 * people met there, with the Events screen's keys.
 */
class EventsOnTodayTest {
    private static final LocalDate TODAY = Fakes.TODAY; // a Wednesday

    private static Event plan(Wiring w, String name, LocalDate date, String time, String place) {
        return w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), name, date, place)
                .at(EventTime.read(time)));
    }

    @Test
    void theEventsOfTheWeekAheadAreOnTodaySayingWhenWhereAndHowManyAreExpected() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        Contact ben = Seeds.contact(w, "Ben Okafor", "Bluebird", "");
        Event meetup = plan(w, "UX Lyon Meetup #42", TODAY, "19:00", "La Cordée");
        w.useCases.week().planEvent().saveEvent(meetup.expecting(ana.id()).expecting(ben.id()));
        plan(w, "Design breakfast", TODAY.plusDays(1), "8:30am", "Café Mokxa");
        plan(w, "Fintech fair", TODAY.plusDays(3), "", "Halle Tony Garnier");
        plan(w, "Research guild", TODAY.plusDays(7), "18:30", "");
        plan(w, "Next month's summit", TODAY.plusDays(8), "9am", "Lyon");
        plan(w, "Last week's meetup", TODAY.minusDays(1), "19:00", "La Cordée");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).contains("Events, today and tomorrow").contains("Events, the next 7 days")
                    .doesNotContain("Next month's summit").doesNotContain("Last week's meetup");
            int tonight = tui.rowOf("UX Lyon Meetup #42");
            assertThat(tui.row(tonight)).isEqualTo(
                    "  tonight at 7 pm      UX Lyon Meetup #42         La Cordée        2 expected   ");
            assertThat(tui.row(tonight + 1)).isEqualTo(
                    "  tomorrow at 8:30 am  Design breakfast           Café Mokxa       none expected");
            int later = tui.rowOf("Events, the next 7 days");
            assertThat(tui.row(later + 1)).isEqualTo("  Sat Mar 21           Fintech fair               Halle Tony Garn… none expected");
            assertThat(tui.row(later + 2)).startsWith("  Wed Mar 25, 18:30    Research guild");
        }
    }

    @Test
    void withNoEventAheadTodayLeavesTheSectionOut() throws Exception {
        Wiring w = Seeds.withDirection();
        plan(w, "Last week's meetup", TODAY.minusDays(1), "19:00", "La Cordée");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).doesNotContain("Events,").doesNotContain("Last week's meetup").contains("Follow-ups");
        }
    }

    @Test
    void enterOnAnEventOpensItsPrepSheetAsOnTheEventsScreen() throws Exception {
        Wiring w = Seeds.withDirection();
        plan(w, "UX Lyon Meetup #42", TODAY, "19:00", "La Cordée");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.isReversed(tui.rowOf("UX Lyon Meetup #42"))).as("the first item is selected").isTrue();
            assertThat(tui.row(22)).contains("Enter open  p prep sheet").contains("c capture people met");
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
            assertThat(tui.text()).contains("UX Lyon Meetup #42");
            tui.esc().press('p');
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
        }
    }

    @Test
    void peopleCapturedDaysAfterTheFairAreDueTodayNotOverdueAlready() throws Exception {
        // Captured on Wednesday from a fair on Sunday, each was "follow up on" Tuesday: overdue as they were saved.
        Wiring w = Seeds.withDirection();
        plan(w, "SISAB Portugal", TODAY.minusDays(3), "10am-6pm", "Centro de Congressos de Lisboa");
        try (Tui tui = Tui.on(w).press('4').press('c')) {
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("follow up on " + TODAY)
                    .doesNotContain(TODAY.minusDays(1).toString());
            tui.type("Rui Patrício").tab().type("Mercado Bom Sucesso").enter();
            assertThat(tui.row(23)).contains("Saved Rui Patrício, follow up on " + TODAY);
            tui.esc().press('5');
            assertThat(tui.row(tui.rowOf("Rui Patrício"))).doesNotContain("overdue");
        }
    }

    @Test
    void anEventOfTodayThatIsOverSaysSoAndCapturesThePeopleMetThereFromToday() throws Exception {
        Wiring w = Seeds.withDirection();
        Event meetup = plan(w, "UX Lyon Meetup #42", TODAY, "19:00", "La Cordée");
        w.fakes.clock.setNow(TODAY.atTime(22, 15));

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(tui.rowOf("UX Lyon Meetup #42"))).contains("tonight at 7 pm").contains("over: press c");
            tui.press('c');
            assertThat(tui.text()).contains("Capture: UX Lyon Meetup #42");
            tui.type("Chloé Martin").tab().type("Bluebird").enter();
            assertThat(tui.row(23)).contains("Saved Chloé Martin, follow up on " + TODAY.plusDays(2));
            tui.esc();

            Contact chloe = w.useCases.searchContacts().search("Chloé", 5).get(0);
            assertThat(chloe.origin().event()).contains(meetup.id());
            assertThat(tui.ui.current().name()).isEqualTo("Today");
        }
    }

    @Test
    void anEventAddedInAnotherSessionShowsOnTodayWithoutAKey() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        try (Tui first = Tui.on(a); Tui second = Tui.on(b).press('4')) {
            assertThat(first.text()).doesNotContain("UX Lyon Meetup #42");

            second.press('a').type("UX Lyon Meetup #42").tab().type("today").tab().type("7 pm").tab().type("La Cordée")
                    .press(Key.ctrl('s'));
            first.lookForChanges();

            assertThat(first.text()).contains("Events, today and tomorrow").contains("tonight at 7 pm")
                    .contains("UX Lyon Meetup #42");
        }
    }

    @Test
    void tonightsEventComesBeforeTheFollowUpsAndTheRestOfTheWeekAfterThem() throws Exception {
        // With twenty follow-ups due, tonight's meetup was below them all, pages down at 80x24.
        Wiring w = Seeds.withDirection();
        for (int i = 0; i < 20; i++) {
            Contact late = Seeds.contact(w, "Late " + (10 + i), "", "");
            w.useCases.week().followUps().setFollowUp(late.id(), java.util.Optional.of(TODAY.minusDays(1 + i % 9)));
        }
        plan(w, "UX Lyon Meetup #42", TODAY, "19:00", "La Cordée");
        plan(w, "Design breakfast", TODAY.plusDays(1), "8:30am", "Café Mokxa");
        plan(w, "Fintech fair", TODAY.plusDays(3), "", "Halle Tony Garnier");
        w.contacts.index().load(); // the whole day at once, as a book whose index is read before the first frame

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(2)).startsWith("Events, today and tomorrow");
            assertThat(tui.row(3)).startsWith("  tonight at 7 pm      UX Lyon Meetup #42");
            assertThat(tui.row(4)).startsWith("  tomorrow at 8:30 am  Design breakfast");
            assertThat(tui.row(5)).startsWith("Follow-ups");
            assertThat(tui.isReversed(3)).as("tonight's event is selected first").isTrue();
            assertThat(tui.row(22)).contains("Enter open  p prep sheet").contains("c capture people met");
            assertThat(tui.text()).doesNotContain("Fintech fair");

            tui.press('G');
            assertThat(tui.text()).contains("Events, the next 7 days").contains("Fintech fair");
            assertThat(tui.rowOf("Events, the next 7 days")).isLessThan(tui.rowOf("Requests waiting for triage"));
            tui.press('g').press('p');
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
            assertThat(tui.text()).contains("UX Lyon Meetup #42");
        }
    }

    @Test
    void onALargeBookTheFirstFrameIsTheFollowUpsAndTheFirstKeyBringsTonightsEventAboveThem() throws Exception {
        // The events are read after the first frame (docs/performance.md, "Today's events after the first
        // frame"): the first key brings them, and lands on the follow-up the first frame showed selected.
        Wiring w = Seeds.withDirection();
        for (int i = 0; i < 30; i++) {
            Contact late = Seeds.contact(w, "Late " + (10 + i), "", "");
            w.useCases.week().followUps().setFollowUp(late.id(), java.util.Optional.of(TODAY.minusDays(1 + i % 9)));
        }
        plan(w, "UX Lyon Meetup #42", TODAY, "19:00", "La Cordée");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(2)).startsWith("Follow-ups");
            assertThat(tui.text()).doesNotContain("UX Lyon Meetup #42");
            assertThat(tui.isReversed(3)).isTrue();
            String second = tui.row(4);

            tui.press('j');

            assertThat(tui.row(2)).startsWith("Events, today and tomorrow");
            assertThat(tui.row(3)).startsWith("  tonight at 7 pm      UX Lyon Meetup #42");
            assertThat(tui.row(4)).startsWith("Follow-ups");
            assertThat(tui.row(6)).as("j moved to the second follow-up, as on the first frame").isEqualTo(second);
            assertThat(tui.isReversed(6)).isTrue();
        }
    }
}
