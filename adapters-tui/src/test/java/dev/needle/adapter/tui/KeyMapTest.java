package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.KeyNames;
import dev.needle.adapter.tui.core.Overlay;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Money;
import dev.needle.domain.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, section 4: on every screen the UI can show, every key the screen answers is in its help,
 * and every entry of the help does something.
 */
class KeyMapTest {
    private static final Key ENTER = Key.of(Key.Type.ENTER);
    private static final Key TAB = Key.of(Key.Type.TAB);

    /** A screen and the keys that reach it from the start. */
    private record Route(String name, Consumer<Tui> keys) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("Today", t -> { }),
            new Route("Today on an event", t -> assertThat(t.press('j', 'j').row(22)).contains("p prep sheet")),
            new Route("Needs", t -> t.press('2')),
            new Route("Needs filtering", t -> t.press('2', '/')),
            new Route("Need", t -> t.press('2').enter()),
            new Route("Contacts", t -> t.press('3')),
            new Route("Contacts filtering", t -> t.press('3', '/')),
            new Route("Contact", t -> t.press('3').enter()),
            new Route("Pick a contact", t -> t.press('2', 'm')),
            new Route("Events", t -> t.press('4')),
            new Route("Prep sheet", t -> t.press('4').enter()),
            new Route("Follow-ups", t -> t.press('5')),
            new Route("Budget", t -> t.press('6')),
            new Route("Requests", t -> t.press(':').type("requests").enter()),
            new Route("Direction", t -> t.press(':').type("direction").enter()),
            new Route("Company", t -> t.press(':').type("company acme").enter()),
            new Route("Command", t -> t.press(':')),
            new Route("Triage waiting", t -> t.press(':').type("requests").enter().enter()),
            new Route("Triage decided", t -> t.press(':').type("requests").enter().enter().press('x', 'y')),
            new Route("Capture form", t -> t.press('3', 'a')),
            new Route("Need form on a choice", t -> t.press('2', 'a').tab()),
            new Route("Notes editor", t -> t.press('2', 'a').tab().tab().tab().press(Key.ctrl('e'))),
            new Route("Meeting request form", t -> t.press('3', 't')));

    private static Wiring seeded() {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Seeds.need(w, "feedback on my portfolio");
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        w.useCases.week().followUps().setFollowUp(ana.id(), Optional.of(Fakes.TODAY));
        w.useCases.week().followUps().setFollowUp(bo.id(), Optional.of(Fakes.TODAY.plusDays(1)));
        w.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(ana.id(),
                "coffee about Acme", Channel.COFFEE));
        w.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(bo.id(),
                "lunch", Channel.IN_PERSON));
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "UX meetup", Fakes.TODAY.plusDays(2), "Library"));
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Fintech night", Fakes.TODAY.plusDays(5), "Hub"));
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        return w;
    }

    /** Every key a keyboard can send that Needle tells apart. */
    private static List<Key> allKeys() {
        List<Key> keys = new ArrayList<>();
        for (char c = ' '; c <= '~'; c++) {
            keys.add(Key.ch(c));
        }
        for (char c = 'a'; c <= 'z'; c++) {
            keys.add(Key.ctrl(c));
        }
        for (Key.Type type : Key.Type.values()) {
            if (type != Key.Type.CHAR && type != Key.Type.EOF && type != Key.Type.OTHER) {
                keys.add(Key.of(type));
            }
        }
        return keys;
    }

    private static Tui at(Route route) {
        Tui tui = Tui.on(seeded());
        route.keys().accept(tui);
        return tui;
    }

    private static List<KeyHint> help(Tui tui) {
        Ui shown = tui.navigator.handle(tui.ui, Key.of(Key.Type.F1));
        return ((Overlay.Help) shown.overlay().orElseThrow()).keys();
    }

    private static boolean lists(List<KeyHint> help, Key key) {
        return help.stream().anyMatch(h -> h.key().equals("type") ? key.isText() : KeyNames.parse(h.key()).contains(key));
    }

    private static String describe(Key key) {
        return key.type() == Key.Type.CHAR ? (key.ctrl() ? "Ctrl-" + key.ch() : "'" + key.ch() + "'") : key.type().name();
    }

    @Test
    void everyKeyAScreenAnswersIsInItsHelp() throws Exception {
        List<String> unlisted = new ArrayList<>();
        for (Route route : ROUTES) {
            try (Tui tui = at(route)) {
                List<KeyHint> help = help(tui);
                // Screens are values: each key is tried on the same one (what a key changes in the store
                // does not matter here, only whether the screen answers it).
                View screen = tui.ui.current();
                for (Key key : allKeys()) {
                    boolean answered;
                    try {
                        answered = screen.handle(key, tui.navigator.session(24)).isHandled();
                    } catch (RuntimeException refused) {
                        answered = true;
                    }
                    if (answered && !lists(help, key)) {
                        unlisted.add(route.name() + " (" + screen.name() + ") answers " + describe(key));
                    }
                }
            }
        }
        assertThat(unlisted).isEmpty();
    }

    @Test
    void everyEntryOfEveryHelpDoesSomething() throws Exception {
        List<String> idle = new ArrayList<>();
        for (Route route : ROUTES) {
            try (Tui tui = at(route)) {
                for (KeyHint entry : help(tui)) {
                    List<Key> keys = entry.key().equals("type") ? List.of(Key.ch('x')) : KeyNames.parse(entry.key());
                    boolean acts = false;
                    for (Key key : keys) {
                        Ui before = tui.ui;
                        Ui after = tui.navigator.handle(before, key);
                        acts |= after.quit() || !after.effects().isEmpty() || after.overlay().isPresent()
                                || !after.message().isEmpty() || !after.stack().equals(before.stack());
                    }
                    if (!acts) {
                        idle.add(route.name() + ": " + entry);
                    }
                }
            }
        }
        assertThat(idle).isEmpty();
    }

    @Test
    void eachHelpNamesEveryKeyOnce() throws Exception {
        List<String> twice = new ArrayList<>();
        for (Route route : ROUTES) {
            try (Tui tui = at(route)) {
                List<Key> seen = new ArrayList<>();
                for (KeyHint entry : help(tui)) {
                    for (Key key : entry.key().equals("type") ? List.<Key>of() : KeyNames.parse(entry.key())) {
                        if (seen.contains(key)) {
                            twice.add(route.name() + ": " + describe(key) + " again in \"" + entry + "\"");
                        }
                        seen.add(key);
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theRoutesReachTheScreensTheyName() throws Exception {
        for (Route route : ROUTES) {
            try (Tui tui = at(route)) {
                assertThat(tui.ui.overlay()).as(route.name()).isEmpty();
                assertThat(tui.ui.current().name()).as(route.name())
                        .isEqualTo(switch (route.name()) {
                            case "Today on an event" -> "Today";
                            case "Contacts filtering" -> "Contacts";
                            case "Needs filtering" -> "Needs";
                            case "Triage waiting", "Triage decided" -> "Triage";
                            case "Company" -> "At acme";
                            case "Capture form" -> "Capture";
                            case "Need form on a choice" -> "Add need";
                            case "Notes editor" -> "Notes";
                            case "Meeting request form" -> "Meeting request";
                            default -> route.name();
                        });
            }
        }
    }

    @Test
    void theHelpKeepsItsFrameWholeAt80x24() throws Exception {
        for (Route route : ROUTES) {
            try (Tui tui = at(route)) {
                tui.press(Key.of(Key.Type.F1));
                List<Integer> edges = new ArrayList<>();
                for (int row = 0; row < 24; row++) {
                    if (tui.row(row).matches(".*\\+-{20,}\\+.*")) {
                        edges.add(row);
                    }
                }
                assertThat(edges).as(route.name() + "\n" + tui.text()).hasSize(2);
                assertThat(tui.text()).as(route.name()).contains("Any key closes this help.");
            }
        }
    }

    @Test
    void slashFiltersTheNeedsAndTheHelpSaysSo() throws Exception {
        try (Tui tui = Tui.on(seeded()).press('2')) {
            assertThat(help(tui)).contains(KeyHint.of("/", "filter"));
            tui.press('/').type("portfolio");
            assertThat(tui.text()).contains("feedback on my portfolio").doesNotContain("intro to Acme")
                    .contains("/portfolio_   1 found");
            tui.enter().enter();
            assertThat(tui.ui.current().name()).isEqualTo("Need");
            assertThat(tui.text()).contains("feedback on my portfolio");
            tui.esc();
            assertThat(tui.text()).as("the filter stays on the way back").doesNotContain("intro to Acme");
            tui.press('/').esc();
            assertThat(tui.text()).contains("intro to Acme").contains("feedback on my portfolio");
        }
    }

    @Test
    void messagesNameScreensByTheirNumbers() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to a hiring lead at Zeta", Target.company("Zeta"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('2').enter()) {
            assertThat(tui.text()).contains("Capture people on the Contacts screen (3).");
            tui.press('3', 't').type("coffee").enter();
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("no budget set: set one on the Budget screen (6)")
                    .doesNotContain("(6))");
        }
    }
}
