package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import dev.needle.domain.Reach;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contacts list shows what the search index keeps of each person; editing one from the list edits
 * the whole contact, so its notes, phones and links are in the form and still there after the save.
 */
class ListedContactEditTest {

    @Test
    void editingFromTheListKeepsTheNotesPhonesAndLinksTheListDoesNotShow() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ben = Seeds.contact(w, "Ben Okafor", "Bluebird", "Researcher");
        Contact whole = w.useCases.editContact().editContact(ben.edit().notes("Rows at dawn on Sundays")
                .reach(new Reach(List.of("ben@bluebird.example"), List.of("+44 20 7946 0018"),
                        List.of("https://ben.example"))).build());
        try (Tui tui = Tui.on(w)) {
            tui.press('3');
            assertThat(tui.text()).contains("Ben Okafor");

            tui.press('e');
            assertThat(tui.text()).contains("+44 20 7946 0018").contains("Rows at dawn");
            tui.tab().tab().press(Key.ctrl('u')).type("Head of Research").press(Key.ctrl('s'));

            Contact stored = w.useCases.viewContact().contact(ben.id());
            assertThat(stored.role()).isEqualTo("Head of Research");
            assertThat(stored.notes()).isEqualTo("Rows at dawn on Sundays");
            assertThat(stored.reach()).isEqualTo(whole.reach());
            assertThat(stored.uid()).isEqualTo(whole.uid());
            assertThat(tui.row(23)).contains("Saved Ben Okafor");
        }
    }
}
