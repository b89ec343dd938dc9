package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/** A message that ends on a name that ends in a period ("Jr.") has one full stop, not two. */
class NameEndsSentenceTest {
    private static final String NAME = "Mr. Michael Angstadt Jr.";

    private static String message(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 1);
    }

    @Test
    void savingEditingAndUndoingSayTheNameWithOneFullStop() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, NAME, "Acme", "");
        try (Tui tui = new Tui(w, 80, 24)) {
            tui.press('3').press('e').press(Key.ctrl('s'));
            assertThat(message(tui)).contains("Saved " + NAME).doesNotContain("Jr..");

            tui.press('u');
            assertThat(message(tui)).contains("Undone: edit of " + NAME).doesNotContain("Jr..");

            tui.press('3').press('d');
            tui.press('y');
            assertThat(tui.text()).doesNotContain("Jr..");
        }
    }
}
