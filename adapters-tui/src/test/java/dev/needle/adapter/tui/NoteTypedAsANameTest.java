package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.PersonName;
import org.junit.jupiter.api.Test;

/** A name field that took a sentence (a note typed in a hurry at a fair) still greets and exports. */
class NoteTypedAsANameTest {
    private static final String NAME = "Léa Dubois from the honey stand at the fair, the one with the blue hexagon jars "
            + "and the bee logo that Tomás loved, she said to call her next week about a full rebrand";

    @Test
    void triageGreetsThemByTheirFirstName() throws Exception {
        // The words after the comma were taken as a name suffix, too long for one: triage failed on "Name suffix is
        // too long", and so did every vCard export of the address book.
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, NAME, "Mel & Co.", "");
        try (Tui tui = Tui.on(w).press('3').press('t').type("A coffee about the rebrand").enter()) {
            String words = tui.text().replaceAll("\\s+", " ");
            assertThat(words).doesNotContain("too long").contains("Message Hi Léa,");
        }
        Contact lea = w.useCases.searchContacts().search("Léa", 5).get(0);
        assertThat(PersonName.guessFrom(lea.name()).given()).isEqualTo("Léa");
    }
}
