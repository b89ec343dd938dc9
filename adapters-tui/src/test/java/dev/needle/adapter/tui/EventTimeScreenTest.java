package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** "UX Lyon Meetup #42" on Thursday at 19:00: the event form takes a time, and the event's screens show it. */
class EventTimeScreenTest {
    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    @Test
    void anEventAddedWithATimeIsListedWithItsDayAndTime() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('4')) {
            tui.press('a').type("UX Lyon Meetup #42").tab().type("thu").tab().type("7 pm").tab().type("La Cordée")
                    .press(Key.ctrl('s'));

            assertThat(w.useCases.week().planEvent().listEvents()).extracting(Event::time)
                    .containsExactly(EventTime.at(LocalTime.of(19, 0)));
            assertThat(tui.row(23)).contains("Saved UX Lyon Meetup #42 on 2026-03-19 at 19:00.");
            assertThat(tui.text()).contains("Thu Mar 19, 19:00").contains("UX Lyon Meetup #42").contains("La Cordée");
        }
    }

    @Test
    void aTimePastTheClockIsRefusedAtTheFieldNamingTheFormsATimeTakes() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('4')) {
            tui.press('a').type("UX Lyon Meetup #42").tab().type("thu").tab().type("25:00").tab();

            assertThat(words(tui)).contains("\"25:00\" is not a time of day: the clock stops at 23:59; write it like 19:00,"
                    + " 7pm, 7:30pm, 19h or 7pm-9pm, or leave it empty for all day.");
            tui.press(Key.ctrl('s'));
            assertThat(w.useCases.week().planEvent().listEvents()).isEmpty();
        }
    }

    @Test
    void anEventWithNoTimeStaysAllDayAndItsTimeCanBeTakenAway() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Fair", LocalDate.of(2026, 3, 20), "Hall")
                .at(EventTime.read("9am-5pm")));
        try (Tui tui = Tui.on(w).press('4')) {
            assertThat(tui.text()).contains("Fri Mar 20, 09:00");
            tui.press('e').tab().tab();
            assertThat(tui.text()).contains("09:00–17:00");
            tui.press(Key.ctrl('u')).press(Key.ctrl('s'));

            assertThat(w.useCases.week().planEvent().listEvents()).extracting(Event::time).containsExactly(EventTime.ALL_DAY);
            assertThat(tui.text()).contains("Fri Mar 20 ").doesNotContain("09:00");
        }
    }

    @Test
    void anEventInAnotherYearNamesTheYear() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Summit", LocalDate.of(2027, 1, 14), "")
                .at(EventTime.read("19:00")));
        try (Tui tui = Tui.on(w).press('4')) {
            assertThat(tui.text()).contains("Jan 14 2027, 19:00");
        }
    }

    @Test
    void thePrepSheetSaysWhenTheEventStartsAndEnds() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "UX Lyon Meetup #42", LocalDate.of(2026, 3, 19),
                "La Cordée").at(EventTime.read("19:00-21:30")));
        try (Tui tui = Tui.on(w).press('4').enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
            assertThat(tui.text()).contains("UX Lyon Meetup #42 · Thu 2026-03-19 19:00–21:30 · La Cordée");
        }
    }
}
