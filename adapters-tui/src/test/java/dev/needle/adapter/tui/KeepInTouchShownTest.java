package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keep-in-touch cadence where a person looks: on their page, and in Today's count on the tab bar. */
class KeepInTouchShownTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    @Test
    void theContactPageShowsTheirOwnCadenceAndWhenTheyComeDue() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.week().touch().keepInTouch().setCadence(ana.id(), Optional.of(Cadence.parse("6w")));
        Seeds.called(w, ana, 20);
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            int row = tui.rowOf("Keep in touch:");
            assertThat(tui.row(row).strip()).isEqualTo("Keep in touch: every 6 weeks (own) · due " + TODAY.plusDays(22));
        }
    }

    /** "every other month" and "every two weeks" are how people say a cadence; they were refused as not one. */
    @Test
    void aCadenceSaidInWordsIsKeptAndShownOnThePage() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Maria dos Anjos Gonçalves", "Padaria Ribeiro", "Owner");
        Seeds.contact(w, "Δημήτρης Νικολάου", "", "");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press(':').type("keep in touch").enter().type("Maria").tab().type("every other month")
                    .press(dev.needle.adapter.tui.core.Key.ctrl('s'));
            assertThat(tui.text()).doesNotContain("is not a cadence");
            tui.press(':').type("keep in touch").enter().type("Δημήτρης").tab().type("every two weeks")
                    .press(dev.needle.adapter.tui.core.Key.ctrl('s'));
            assertThat(tui.text()).doesNotContain("is not a cadence");

            tui.press('3').enter();
            assertThat(tui.row(tui.rowOf("Keep in touch:"))).contains("Keep in touch: every 2 months (own)");
            tui.esc().press('j').enter();
            assertThat(tui.row(tui.rowOf("Keep in touch:"))).contains("Keep in touch: every 2 weeks (own)");
        }
    }

    @Test
    void theContactPageSaysWhichTagTheCadenceComesFrom() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact bo = w.useCases.captureContact().capture(new CaptureContactUseCase.Command("Bo Lind", "Globex", "",
                Optional.empty(), Set.of(Tag.of("mentors")), Optional.empty()));
        w.useCases.week().touch().keepInTouch().setTagDefault(Tag.of("mentors"), Optional.of(Cadence.parse("1m")));
        Seeds.called(w, bo, 3);
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.row(tui.rowOf("Keep in touch:"))).contains("every month (from tag mentors) · due ");
        }
    }

    @Test
    void theContactPageSaysNothingOfKeepingInTouchWhenNoCadenceApplies() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Cy Diaz", "Initech", "");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').enter();

            assertThat(tui.text()).contains("Cy Diaz").doesNotContain("Keep in touch");
        }
    }

    @Test
    void todaysTabCountsThePeopleLosingTouch() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.week().touch().keepInTouch().setCadence(ana.id(), Optional.of(Cadence.parse("2w")));
        Seeds.called(w, ana, 20);
        try (Tui tui = new Tui(w, 80, 24)) {
            assertThat(tui.row(1)).contains("1 Today (1)");

            tui.press('w');

            assertThat(tui.row(1)).contains("1 Today").as("snoozed: nothing needs attention today").doesNotContain("Today (");
        }
    }
}
