package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The palette adds a contact as it adds a need or an event. */
class PaletteAddContactTest {

    @Test
    void addContactOpensTheFormThatAddsAPerson() throws Exception {
        // ":add need" and ":add event" worked, ":add contact" said "No command matches".
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w)) {
            tui.press(':').type("add c");
            assertThat(tui.text()).contains("add contact");
            tui.type("ontact").enter();
            assertThat(tui.text()).doesNotContain("No command matches").contains("Name");
            tui.type("Léa Dubois").enter();
        }
        assertThat(w.useCases.searchContacts().search("", 10)).extracting(c -> c.name()).contains("Léa Dubois");
    }
}
