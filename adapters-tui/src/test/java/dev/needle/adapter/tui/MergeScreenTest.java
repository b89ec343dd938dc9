package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Reach;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: suspected duplicates from the Contacts screen (D), one pair side by side at 80×24, values
 * picked field by field, merged as one step that u takes back whole.
 */
class MergeScreenTest {
    private Contact stored(Wiring w, Contact c) {
        return w.fakes.contacts.find(c.id()).orElse(null);
    }

    private static Contact withReach(Wiring w, Contact c, Reach reach, String role) {
        Contact edited = c.edit().reach(reach).role(role).build();
        w.useCases.editContact().editContact(c, edited);
        return w.fakes.contacts.find(c.id()).orElseThrow();
    }

    @Test
    void onePairThatDiffersInOneFieldSaysOneFieldDiffers() throws Exception {
        Wiring w = Seeds.withDirection();
        Reach mail = new Reach(List.of("ana@acme.example"), List.of(), List.of());
        withReach(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), mail, "");
        withReach(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), mail, "Head of Data");

        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').press('D').enter();
            assertThat(tui.text()).contains("1 field differs, ").doesNotContain("1 fields");
        }
    }

    @Test
    void aPairIsMergedFieldByFieldThroughTheScreenAndUndoRestoresBoth() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = withReach(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""),
                new Reach(List.of("ana@acme.example"), List.of(), List.of("https://www.linkedin.com/in/ana-ruiz")), "");
        Contact other = withReach(w, Seeds.contact(w, "Ana María Ruiz", "Acme Inc", ""),
                new Reach(List.of("ANA@acme.example", "ana@home.example"), List.of("+34 600 000 000"), List.of()),
                "Head of Data");
        w.useCases.editContact().editContact(other, other.edit().notes("Met at PyCon 2024; asked about data jobs").build());
        other = w.fakes.contacts.find(other.id()).orElseThrow();
        Interaction coffee = w.fakes.interactions.add(new Interaction(new InteractionId(900), other.id(), Fakes.TODAY,
                Channel.COFFEE, 30, 0, Expenses.NONE, "talked data", Set.of()));

        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').press('?');
            assertThat(tui.text()).contains("duplicates");
            tui.esc().press('D');
            assertThat(tui.text()).contains("Ana Ruiz", "Ana María Ruiz", "same email ana@acme.example");

            tui.enter();
            String screen = tui.text();
            assertThat(screen).contains("Keep Ana Ruiz and merge Ana María Ruiz into them",
                    "Left: Ana Ruiz", "Right: Ana María Ruiz", "> Name", "[x] Ana Ruiz", "[ ] Ana María Ruiz",
                    "[x] Head of Data", "[x] +34 600 000 000");
            assertThat(screen).as("a long URL wraps instead of being clipped")
                    .contains("[x] https://www.linkedin.com/in/", "asked about").doesNotContain("…");
            for (int row = 0; row < 24; row++) {
                assertThat(tui.row(row).stripTrailing()).as("row %d fits 80 columns", row).hasSizeLessThanOrEqualTo(80);
            }

            tui.press(Key.of(Key.Type.RIGHT));   // name: take the right one
            tui.press('j').press('h');           // company: keep the left (already), then role
            tui.press('j').press('h');           // role: keep the left's (empty)
            tui.enter();
            assertThat(tui.text()).contains("Merge Ana María Ruiz into Ana Ruiz? y/N");
            tui.press('y');

            assertThat(tui.text()).contains("Merged into Ana María Ruiz. u takes it back.");
            Contact merged = stored(w, ana);
            assertThat(merged.name()).isEqualTo("Ana María Ruiz");
            assertThat(merged.company()).isEqualTo("Acme");
            assertThat(merged.role()).isEmpty();
            assertThat(merged.reach().emails()).containsExactly("ana@acme.example", "ana@home.example");
            assertThat(merged.reach().phones()).containsExactly("+34 600 000 000");
            assertThat(merged.reach().urls()).containsExactly("https://www.linkedin.com/in/ana-ruiz");
            assertThat(stored(w, other)).isNull();
            assertThat(w.fakes.interactions.findByContact(ana.id())).extracting(Interaction::notes)
                    .containsExactly("talked data");
            assertThat(tui.text()).contains("No suspected duplicates");

            tui.press('u');

            assertThat(tui.text()).contains("Undone: merge of Ana María Ruiz into Ana Ruiz.");
            assertThat(stored(w, ana)).isEqualTo(ana.withVersion(stored(w, ana).version()));
            assertThat(stored(w, other).withVersion(0)).isEqualTo(other.withVersion(0));
            assertThat(w.fakes.interactions.findByContact(other.id())).containsExactly(coffee);
            assertThat(w.fakes.interactions.findByContact(ana.id())).isEmpty();
            assertThat(tui.text()).contains("same email ana@acme.example");
        }
    }

    @Test
    void onANarrowWindowTheTwoSidesStackUnderEachField() throws Exception {
        Wiring w = Seeds.withDirection();
        withReach(w, Seeds.contact(w, "Bo Chen", "Globex", ""), new Reach(List.of("bo@globex.example"), List.of(),
                List.of()), "Engineer");
        withReach(w, Seeds.contact(w, "Bo Chen", "Globex", ""), new Reach(List.of("bo@globex.example"), List.of(),
                List.of()), "Designer");

        try (Tui tui = new Tui(w, 64, 24)) {
            tui.press('3').press('D').enter();

            assertThat(tui.text()).contains("> Role", "[x] ← Engineer", "[ ] → Designer");
        }
    }
}
