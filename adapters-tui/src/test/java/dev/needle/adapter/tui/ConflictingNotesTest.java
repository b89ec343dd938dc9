package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/**
 * Two partners writing notes on one contact at once, at 80x24: the one who saves second reads both
 * notes whole before choosing, and can keep both rather than throw one partner's words away.
 */
class ConflictingNotesTest {
    private static final String MARA = "Kenji buys for 40 Japanese grocery shops in Iberia; wants bilingual labels.";
    private static final String TOMAS = "Tomás: met him at the Umami tasting, he prefers WhatsApp to email.";

    private static Tui notesTyped(Tui tui, String text) {
        tui.press('3').enter().press('e');
        for (int i = 0; i < 12; i++) {
            tui.tab();
        }
        return tui.type(text);
    }

    private static String words(Tui tui) {
        return tui.text().replaceAll("\\s+", " ");
    }

    @Test
    void bothNotesShowWholeAndBothCanBeKept() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact kenji = Seeds.contact(w, "Kenji Nakamura", "Umami Imports", "Buyer");
        try (Tui mara = Tui.on(w); Tui tomas = Tui.on(w)) {
            notesTyped(tomas, TOMAS);
            notesTyped(mara, MARA).press(Key.ctrl('s'));
            tomas.press(Key.ctrl('s'));
            // Cut to 27 columns each, neither note could be read to choose between them.
            assertThat(words(tomas)).contains("Both changed").contains(MARA).contains(TOMAS);

            tomas.press('b').enter();
        }

        String notes = w.useCases.viewContact().viewContact(kenji.id()).contact().notes();
        assertThat(notes).contains(MARA).contains(TOMAS);
    }
}
