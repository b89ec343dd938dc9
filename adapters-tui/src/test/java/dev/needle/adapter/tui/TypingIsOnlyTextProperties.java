package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import dev.needle.adapter.tui.form.NotesEditorView;
import dev.needle.adapter.tui.screen.ContactsView;
import dev.needle.adapter.tui.screen.PaletteView;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14, section 1: wherever the user types (every text field of every form, the filter, the
 * palette, the built-in notes editor), printable keys are text and nothing else. Letters that are
 * commands elsewhere (u undo, h help them, d delete, q quit, t, a, j/k, digits, ?, :, /) change only
 * the text being typed: no saved data, no other field, no screen change, no message, no copy.
 */
class TypingIsOnlyTextProperties {

    /** Where typing goes: the keys that open it, and which field (by position) takes the text. */
    record Place(String name, boolean fresh, Consumer<Tui> keys, int field) {
        @Override
        public String toString() {
            return name + " field " + field;
        }
    }

    private static final List<Place> FORMS = List.of(
            form("capture a contact", false, t -> t.press('3', 'a')),
            form("edit a contact", false, t -> t.press('3', 'e')),
            form("add a need", false, t -> t.press('2', 'a')),
            form("edit a need", false, t -> t.press('2', 'e')),
            form("add an event", false, t -> t.press('4', 'a')),
            form("edit an event", false, t -> t.press('4', 'e')),
            form("capture at an event", false, t -> t.press('4', 'c')),
            form("export a prep sheet", false, t -> t.press('4').enter().press('x')),
            form("log an interaction", false, t -> t.press('3').enter().press('l')),
            form("follow up on", false, t -> t.press('3').enter().press('s')),
            form("complete a follow-up", false, t -> t.press('5', 'c')),
            form("new meeting request, one waiting", false, t -> t.press('3', 't')),
            form("new meeting request", false, t -> t.press('3', 'j', 't')),
            form("accept a meeting", false, t -> t.press('3', 't').enter().press('a')),
            form("set the budget", false, t -> t.press('6', 'e')),
            form("new direction", false, t -> t.press(':').type("direction").enter().press('e')),
            form("setup 1/3", true, t -> { }),
            form("setup 2/3", true, t -> t.tab().type("Find a design role").enter().enter()));

    private static Place form(String name, boolean fresh, Consumer<Tui> keys) {
        return new Place(name, fresh, keys, -1);
    }

    @Provide
    Arbitrary<Place> places() {
        List<Place> all = new ArrayList<>();
        for (Place form : FORMS) {
            try (Tui tui = open(form)) {
                FormView view = (FormView) tui.ui.current();
                for (int i = 0; i < view.fields().size(); i++) {
                    if (!view.fields().get(i).isChoice()) {
                        all.add(new Place(form.name(), form.fresh(), form.keys(), i));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(form.name(), e);
            }
        }
        all.add(new Place("the contacts filter", false, t -> t.press('3', '/'), 0));
        all.add(new Place("the command palette", false, t -> t.press(':'), 0));
        all.add(new Place("the built-in notes editor", false,
                t -> t.press('2', 'a').tab().tab().tab().press(Key.ctrl('e')), 0));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<Character> commandLetters = Arbitraries.of('u', 'h', 'd', 'q', 't', 'a', 'j', 'k', 'x', 'y', 'c', 'e',
                'n', 'N', 'J', 'K', 'G', 'g', 'o', 's', 'z', 'w', 'r', 'D', 'm', 'l', 'p', '?', ':', '/', '1', '2', '3',
                '4', '5', '6', ' ');
        Arbitrary<Character> printable = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> beyondAscii = Arbitraries.chars().range('\u00a0', '\u024f');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, commandLetters), net.jqwik.api.Tuple.of(3, printable),
                net.jqwik.api.Tuple.of(1, beyondAscii))
                .list().ofMinSize(1).ofMaxSize(40).map(cs -> {
                    StringBuilder text = new StringBuilder();
                    cs.forEach(text::append);
                    return text.toString();
                });
    }

    @Property(tries = 300)
    void printableKeysOnlyChangeTheTextBeingTyped(@ForAll("places") Place place, @ForAll("typed") String text)
            throws Exception {
        try (Tui tui = open(place)) {
            for (int i = 0; i < place.field(); i++) {
                tui.tab();
            }
            View before = tui.ui.current();
            int depth = tui.ui.stack().size();
            Map<String, String> values = values(before);
            String key = List.copyOf(values.keySet()).get(Math.max(0, place.field()));
            Object stored = stored(tui.wiring);
            tui.copied.clear();

            for (char c : text.toCharArray()) {
                tui.press(Key.ch(c));
                assertThat(tui.ui.message()).as("a message after '%s'", c).isEmpty();
                assertThat(tui.ui.overlay()).as("an overlay after '%s'", c).isEmpty();
            }

            View after = tui.ui.current();
            assertThat(after.getClass()).isEqualTo(before.getClass());
            assertThat(after.name()).isEqualTo(before.name());
            assertThat(tui.ui.stack()).hasSize(depth);
            assertThat(tui.ui.quit()).isFalse();
            Map<String, String> expected = new LinkedHashMap<>(values);
            expected.put(key, values.get(key) + text);
            assertThat(values(after)).isEqualTo(expected);
            assertThat(tui.copied).isEmpty();
            assertThat(stored(tui.wiring)).isEqualTo(stored);
        }
    }

    private static Tui open(Place place) {
        Tui tui = Tui.on(place.fresh() ? new Wiring() : seeded());
        place.keys().accept(tui);
        return tui;
    }

    /** What typing may change, by name: a form's values, the filter, the palette's line, the notes. */
    private static Map<String, String> values(View view) {
        Map<String, String> values = new LinkedHashMap<>();
        if (view instanceof FormView form) {
            for (Field f : form.fields()) {
                values.put(f.key(), f.value());
            }
        } else if (view instanceof ContactsView contacts) {
            values.put("filter", contacts.filter());
        } else if (view instanceof PaletteView palette) {
            values.put("input", palette.input());
        } else if (view instanceof NotesEditorView notes) {
            values.put("text", notes.text());
        } else {
            throw new AssertionError("Not a place to type: " + view.name());
        }
        return values;
    }

    /** Everything saved that a key could change, as comparable values. */
    private static Object stored(Wiring w) {
        var u = w.useCases;
        return List.of(u.searchContacts().search("", 500), u.listNeeds().listNeeds(),
                u.listPendingRequests().pendingRequests(), u.week().planEvent().listEvents(),
                u.budgetStatus().budgetStatus(), u.getDirection().allDirections(), u.week().today().today());
    }

    private static Wiring seeded() {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        Seeds.contact(w, "Bo Lind", "Globex", "");
        w.useCases.week().followUps().setFollowUp(ana.id(), Optional.of(Fakes.TODAY));
        w.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(ana.id(),
                "coffee about Acme", Channel.COFFEE));
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "UX meetup", Fakes.TODAY.minusDays(1), "Library"));
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        return w;
    }
}
