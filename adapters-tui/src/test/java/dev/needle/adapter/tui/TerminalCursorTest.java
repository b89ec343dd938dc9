package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import dev.needle.adapter.tui.core.Key;
import org.junit.jupiter.api.Test;

/**
 * The terminal's own cursor (the one screen readers, input methods and tmux's copy mode follow) stands
 * where typing goes in a form's field, a filter and the palette, beside wide characters too, and is
 * hidden where nothing is typed.
 */
class TerminalCursorTest {
    private static final Key LEFT = Key.of(Key.Type.LEFT);
    private static final Key RIGHT = Key.of(Key.Type.RIGHT);
    private static final Key HOME = Key.of(Key.Type.HOME);
    private static final Key END = Key.of(Key.Type.END);

    @Test
    void inAFormFieldTheCursorIsOnTheCharacterTypingGoesBefore() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.press('3', 'a').type("Ana Ruz").press(LEFT);

            int row = tui.rowOf("> Name");
            int z = tui.row(row).indexOf("Ana Ruz") + 6;
            assertThat(tui.cursor()).contains(new TerminalPosition(z, row));
            tui.press(END);
            assertThat(tui.cursor()).contains(new TerminalPosition(z + 1, row));
            tui.press(HOME);
            assertThat(tui.cursor()).contains(new TerminalPosition(z - 6, row));
            tui.tab();
            assertThat(tui.cursor()).as("the next field's end").contains(new TerminalPosition(z - 6, tui.rowOf("> Company")));
        }
    }

    @Test
    void whereNothingIsTypedTheCursorIsHidden() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            assertThat(tui.cursor()).as("Today").isEmpty();
            tui.press('3');
            assertThat(tui.cursor()).as("a list").isEmpty();
            tui.press('a');
            assertThat(tui.cursor()).as("a form").isPresent();
            tui.press(Key.of(Key.Type.F1));
            assertThat(tui.cursor()).as("the help over the form").isEmpty();
            tui.press('x').esc();
            assertThat(tui.cursor()).as("back on the list").isEmpty();
        }
    }

    @Test
    void inAFilterAndThePaletteTheCursorFollowsTheTyping() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ben Okafor", "Acme", "");
        try (Tui tui = Tui.on(w)) {
            tui.press('3', '/').type("bn").press(LEFT);
            assertThat(tui.cursor()).contains(new TerminalPosition(2, tui.rowOf("found")));
            tui.press(Key.of(Key.Type.ENTER));
            assertThat(tui.cursor()).as("the filter is kept, no longer typed in").isEmpty();
            tui.esc().esc();

            tui.press(':').type("ompany").press(HOME);
            int row = tui.rowOf(":ompany");
            assertThat(tui.cursor()).contains(new TerminalPosition(1, row));
            tui.press(END);
            assertThat(tui.cursor()).contains(new TerminalPosition(7, row));
        }
    }

    @Test
    void besideWideCharactersAndAccentsTheCursorIsNeverInsideOne() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.press('3', 'a').type("a林").press(HOME, RIGHT).type("b");

            int row = tui.rowOf("> Name");
            int start = tui.row(row).indexOf("ab林");
            assertThat(tui.cursor()).as("on 林, after the b typed before it").contains(new TerminalPosition(start + 2, row));
            tui.press(END);
            assertThat(tui.cursor()).as("past 林, two cells wide").contains(new TerminalPosition(start + 4, row));
            tui.press(Key.ctrl('u')).type("Rene\u0301e").press(LEFT);
            assertThat(tui.cursor()).as("é is one cell").contains(new TerminalPosition(start + 4, row));
        }
    }
}
