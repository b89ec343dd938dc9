package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.screen.ContactsView;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today's "Losing touch" section at 80x24, its keys, the contact form's cadence field, and undo of each. */
class LosingTouchScreenTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    private static void logged(Wiring w, Contact who, int daysAgo, Channel channel) {
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(who.id(),
                Optional.of(TODAY.minusDays(daysAgo)), channel, 20, 0, Expenses.NONE, "", Set.of()));
    }

    private static Optional<Cadence> own(Wiring w, Contact who) {
        return w.fakes.keepInTouch.find(who.id()).flatMap(KeepInTouch::own);
    }

    private static String message(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 1);
    }

    /** The screen without its message line, which may name the person just acted on. */
    private static String lists(Tui tui) {
        String text = tui.text();
        return text.substring(0, text.lastIndexOf(message(tui)));
    }

    private static Wiring anaLosingTouch() {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.week().touch().keepInTouch().setCadence(ana.id(), Optional.of(Cadence.parse("2w")));
        logged(w, ana, 20, Channel.CALL);
        return w;
    }

    @Test
    void todayListsWhoIsLosingTouchWithTheLastInteractionItsChannelAndTheNeedsTheyServe() throws Exception {
        try (Tui tui = Tui.on(anaLosingTouch())) {
            String screen = tui.text();
            assertThat(screen).contains("Losing touch (1)");
            int row = tui.rowOf("Ana Ruiz");
            assertThat(tui.row(row)).contains("6d overdue").contains("call " + TODAY.minusDays(20)).contains("intro to Acme");
            assertThat(tui.row(row).length()).isLessThanOrEqualTo(80);
            assertThat(tui.isReversed(row)).isTrue();
            assertThat(tui.rowOf("Losing touch")).isGreaterThan(tui.rowOf("Follow-ups"));
        }
    }

    @Test
    void snoozingAWeekTakesThemOffTodayAndUndoPutsThemBack() throws Exception {
        Wiring w = anaLosingTouch();
        try (Tui tui = Tui.on(w)) {
            tui.press('w');
            assertThat(message(tui)).contains("Snoozed Ana Ruiz until " + TODAY.plusDays(7));
            assertThat(lists(tui)).doesNotContain("Ana Ruiz").contains("Nobody; you are in touch.");

            tui.press('u');
            tui.press('1');

            assertThat(tui.text()).contains("Ana Ruiz").contains("6d overdue");
        }
    }

    @Test
    void loggingAnInteractionFromTheRowResetsTheCount() throws Exception {
        Wiring w = anaLosingTouch();
        try (Tui tui = Tui.on(w)) {
            tui.press('l');
            assertThat(tui.text()).contains("Log interaction");
            tui.press(Key.ctrl('s'));

            assertThat(message(tui)).contains("Logged the coffee with Ana Ruiz.");
            assertThat(lists(tui)).doesNotContain("Ana Ruiz").contains("Nobody; you are in touch.");
        }
    }

    @Test
    void loggingAMeetingInPersonSaysSoInASentence() throws Exception {
        // It said "Logged the in person with Ana Ruiz."
        Wiring w = anaLosingTouch();
        try (Tui tui = Tui.on(w)) {
            tui.press('l');
            tui.press(Key.of(Key.Type.TAB));
            tui.press(Key.of(Key.Type.LEFT));
            assertThat(tui.text()).contains("‹ in person ›");
            tui.press(Key.ctrl('s'));

            assertThat(message(tui)).contains("Logged the in-person meeting with Ana Ruiz.");
            tui.press('u');
            assertThat(message(tui)).contains("the in-person meeting with Ana Ruiz").doesNotContain("the in person ");
        }
    }

    @Test
    void theContactFormSetsTheCadenceAndUndoTakesItBack() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3');
            assertThat(((ContactsView) tui.ui.current()).selected().map(Contact::name)).contains("Bo Lind");
            tui.press('e');
            assertThat(tui.text()).contains("Keep in touch");
            for (int i = 0; i < 13; i++) {
                tui.tab();
            }
            tui.type("every 6 weeks").press(Key.ctrl('s'));
            assertThat(own(w, bo)).contains(Cadence.parse("6w"));

            tui.press('u');

            assertThat(own(w, bo)).isEmpty();
        }
    }

    @Test
    void aCadenceThatDoesNotReadIsRefusedOnTheFieldAndNothingIsSaved() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').press('e');
            for (int i = 0; i < 13; i++) {
                tui.tab();
            }
            tui.type("sometimes").press(Key.ctrl('s'));

            assertThat(tui.text()).contains("\"sometimes\" is not a cadence");
            assertThat(own(w, bo)).isEmpty();
        }
    }
}
