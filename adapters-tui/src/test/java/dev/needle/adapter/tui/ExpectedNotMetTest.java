package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Katrin Berg, added as expected at tomorrow's breakfast, has not been met: the contacts list and her page
 * say so until she is captured there, after the breakfast, as met.
 */
class ExpectedNotMetTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    private static Event breakfastTomorrow(Wiring w) {
        return w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Design breakfast", TODAY.plusDays(1),
                "Café Mokxa").at(EventTime.read("8:30am")));
    }

    private static void expectKatrin(Wiring w) throws Exception {
        try (Tui tui = Tui.on(w).press('c')) {
            assertThat(tui.text()).contains("Expected at: Design breakfast");
            tui.type("Katrin Berg").tab().type("N26").tab().type("Head of Data").tab()
                    .type("Runs the data team; ask about their research hires.").enter();
            assertThat(tui.row(23)).contains("Saved Katrin Berg, expected at Design breakfast");
        }
    }

    @Test
    void someoneExpectedAtAnEventStillToComeIsNotMetYet() throws Exception {
        // She was listed as "met" before anyone had met her.
        Wiring w = Seeds.withDirection();
        breakfastTomorrow(w);
        expectKatrin(w);

        try (Tui tui = Tui.on(w).press('3')) {
            String row = tui.row(tui.rowOf("Katrin Berg"));
            assertThat(row).as(tui.text()).contains("not met yet");
            tui.enter();
            assertThat(tui.text()).contains("Stage: not met yet").contains("Expected at: Design breakfast");
        }
    }

    @Test
    void capturedAtTheEventOnceItIsOverTheExpectedPersonIsMetThereNotAddedAgain() throws Exception {
        Wiring w = Seeds.withDirection();
        Event breakfast = breakfastTomorrow(w);
        expectKatrin(w);
        w.fakes.clock.setNow(TODAY.plusDays(1).atTime(11, 30));

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.row(tui.rowOf("Design breakfast"))).as(tui.text()).contains("over: press c");
            tui.press('c').type("Katrin Berg").tab().type("N26").tab().tab().type("Wants a UX researcher by June.").enter();
            assertThat(tui.row(23)).as(tui.text()).isEqualTo("Met Katrin Berg (expected here), follow up on "
                    + TODAY.plusDays(3) + ". Next person, or Esc.  ");
            tui.esc();
        }

        List<Contact> katrins = w.useCases.searchContacts().search("Katrin", 5);
        assertThat(katrins).hasSize(1);
        Contact katrin = w.useCases.viewContact().contact(katrins.get(0).id());
        assertThat(katrin.stage().label()).isEqualTo("met");
        assertThat(katrin.origin().event()).contains(breakfast.id());
        assertThat(katrin.nextFollowUp()).contains(TODAY.plusDays(3));
        assertThat(katrin.role()).isEqualTo("Head of Data");
        assertThat(katrin.notes()).contains("Runs the data team; ask about their research hires.")
                .contains("Wants a UX researcher by June.");
    }
}
