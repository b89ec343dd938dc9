package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/**
 * The built-in notes editor edits anywhere in the text, as editors do: the cursor crosses line ends,
 * goes up and down keeping its column, steps over words; Enter breaks a line and the erasing keys join
 * lines; long lines wrap at the window's width and the view scrolls to keep the cursor in sight; the
 * terminal's cursor stands where typing goes, never inside a wide character.
 */
class NotesEditorTest {
    private static final Key LEFT = Key.of(Key.Type.LEFT);
    private static final Key RIGHT = Key.of(Key.Type.RIGHT);
    private static final Key UP = Key.of(Key.Type.UP);
    private static final Key DOWN = Key.of(Key.Type.DOWN);
    private static final Key HOME = Key.of(Key.Type.HOME);
    private static final Key END = Key.of(Key.Type.END);
    private static final Key WORD_RIGHT = Key.ctrl(Key.Type.RIGHT);
    private static final Key BACKSPACE = Key.of(Key.Type.BACKSPACE);
    private static final Key DELETE = Key.of(Key.Type.DELETE);
    private static final Key SAVE = Key.ctrl('s');
    /** The body starts on row 2; the editor's own first line says which editor it is. */
    private static final int FIRST_TEXT_ROW = 3;

    private static String notesOf(Wiring w, Contact contact) {
        return w.useCases.viewContact().viewContact(contact.id()).contact().notes();
    }

    /** Opens the contact's notes in the built-in editor (no $EDITOR here). */
    private static Tui notesOpen(Wiring w) {
        return Tui.on(w).press('3').enter().press('n');
    }

    private static Tui typed(Tui tui, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                tui.enter();
            }
            tui.type(lines[i]);
        }
        return tui;
    }

    @Test
    void aWordInTheSecondParagraphIsMendedWithoutErasingBackToIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            typed(tui, "Met at the café on Tuesday.", "Works on payments at Acme.", "Likes jazz.").press(SAVE);
        }
        try (Tui tui = notesOpen(w)) {
            tui.press(UP, HOME, WORD_RIGHT, WORD_RIGHT, WORD_RIGHT, Key.ctrl('w')).type("pensions").press(SAVE);
        }

        assertThat(notesOf(w, ana)).isEqualTo("Met at the café on Tuesday.\nWorks on pensions at Acme.\nLikes jazz.");
    }

    @Test
    void arrowsCrossLineEndsAndTheErasingKeysJoinLines() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            typed(tui, "one", "two");
            tui.press(HOME, LEFT).type("!"); // "one!\ntwo"
            tui.press(RIGHT, BACKSPACE); // "one!two"
            tui.enter().press(LEFT, DELETE); // "one!two" again
            tui.press(END).enter().type("three").press(Key.ctrl('a'), Key.ctrl('k')).type("3"); // "one!two\n3"
            tui.press(SAVE);
        }

        assertThat(notesOf(w, ana)).isEqualTo("one!two\n3");
    }

    @Test
    void upAndDownKeepTheColumnTheyStartedFromAcrossAShortLine() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            typed(tui, "abcdefgh", "ab", "abcdefgh");
            assertThat(tui.cursor()).contains(new TerminalPosition(8, FIRST_TEXT_ROW + 2));
            tui.press(UP);
            assertThat(tui.cursor()).as("the short line's end").contains(new TerminalPosition(2, FIRST_TEXT_ROW + 1));
            tui.press(UP);
            assertThat(tui.cursor()).as("back in the column it came from").contains(new TerminalPosition(8, FIRST_TEXT_ROW));
            tui.type("X").press(DOWN, DOWN).type("Y").press(SAVE);
        }

        assertThat(notesOf(w, ana)).isEqualTo("abcdefghX\nab\nabcdefghY");
    }

    @Test
    void aLongLineWrapsAtTheWidthAndTheCursorFollowsItsRows() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        String words = "Ana leads the payments team at Acme and wants to meet people who run small bakeries "
                + "because her next project is a card reader for market stalls and she needs feedback soon";
        try (Tui tui = notesOpen(w)) {
            tui.type(words);

            String first = tui.row(FIRST_TEXT_ROW).stripTrailing();
            String second = tui.row(FIRST_TEXT_ROW + 1).stripTrailing();
            String third = tui.row(FIRST_TEXT_ROW + 2).stripTrailing();
            assertThat(first).as("cut at a space, within the width").endsWith("small").hasSizeLessThan(80);
            assertThat(second).startsWith("bakeries because").endsWith("she").hasSizeLessThan(80);
            assertThat(third).isEqualTo("needs feedback soon_");
            assertThat(tui.cursor()).contains(new TerminalPosition(third.length() - 1, FIRST_TEXT_ROW + 2));

            tui.press(UP);
            assertThat(tui.cursor()).as("the row above, same column")
                    .contains(new TerminalPosition(third.length() - 1, FIRST_TEXT_ROW + 1));
            tui.press(END);
            assertThat(tui.cursor()).as("the line's end, on the last wrapped row")
                    .contains(new TerminalPosition(third.length() - 1, FIRST_TEXT_ROW + 2));
            tui.press(HOME).type("Note: ").press(SAVE);
        }

        assertThat(notesOf(w, ana)).isEqualTo("Note: " + words);
    }

    @Test
    void theViewScrollsToKeepTheCursorInSightAt80x24() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            for (int i = 1; i <= 40; i++) {
                typed(tui, "line " + i).press(i < 40 ? Key.of(Key.Type.ENTER) : END);
            }
            assertThat(tui.text()).contains("line 40_").doesNotContain("line 1\n");
            TerminalPosition atEnd = tui.cursor().orElseThrow();
            assertThat(atEnd.getRow()).isLessThan(22);

            tui.press(UP);
            assertThat(tui.cursor()).as("no scroll while the cursor is in sight")
                    .contains(new TerminalPosition(7, atEnd.getRow() - 1));
            for (int i = 0; i < 38; i++) {
                tui.press(UP);
            }
            assertThat(tui.row(FIRST_TEXT_ROW)).startsWith("line 1_");
            assertThat(tui.cursor()).contains(new TerminalPosition(6, FIRST_TEXT_ROW));
            tui.press(UP);
            assertThat(tui.cursor()).as("up on the first row: the text's start").contains(new TerminalPosition(0, FIRST_TEXT_ROW));
            tui.press(Key.of(Key.Type.PAGE_DOWN));
            assertThat(tui.cursor().orElseThrow().getRow()).as("a page down, still in sight").isBetween(FIRST_TEXT_ROW, 21);
            assertThat(tui.row(FIRST_TEXT_ROW)).startsWith("line 1 ");

            tui.press(Key.ctrl('e')).type(" and a long sentence that wraps once the window is only sixty columns wide");
            tui.resize(60, 16);
            TerminalPosition narrow = tui.cursor().orElseThrow();
            assertThat(narrow.getRow()).as("still in sight on a 60x16 window").isBetween(FIRST_TEXT_ROW, 13);
            assertThat(tui.row(narrow.getRow())).contains("wide_");
            tui.press(RIGHT, UP);
            assertThat(tui.row(tui.cursor().orElseThrow().getRow())).as("the wrapped row above").startsWith("only sixty");
        }
    }

    @Test
    void wideCharactersAndAccentsAreStepsOfTheirOwnAndTheCursorNeverLandsInside() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            typed(tui, "ab林美cd", "abc");
            tui.press(UP);
            assertThat(tui.cursor()).as("column 3 is inside 林: before it").contains(new TerminalPosition(2, FIRST_TEXT_ROW));
            tui.press(RIGHT);
            assertThat(tui.cursor()).as("past 林, two cells").contains(new TerminalPosition(4, FIRST_TEXT_ROW));
            tui.press(DOWN);
            assertThat(tui.cursor()).contains(new TerminalPosition(3, FIRST_TEXT_ROW + 1));
            tui.enter().type("Rene\u0301e").press(LEFT, LEFT);
            assertThat(tui.cursor()).as("on é, one cell").contains(new TerminalPosition(3, FIRST_TEXT_ROW + 2));
            tui.press(UP, UP).type("·").press(SAVE); // column 3 again: before 林
        }

        assertThat(notesOf(w, ana)).isEqualTo("ab·林美cd\nabc\nRen\u00e9e");
    }

    @Test
    void escOnAChangedNoteAsksBeforeThrowingItAway() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = notesOpen(w)) {
            typed(tui, "Three paragraphs", "of what Ana said").esc();
            assertThat(tui.text()).contains("Throw away what you typed? y/N");
            tui.press('n');
            assertThat(tui.text()).as("still editing, nothing lost").contains("of what Ana said_");
            tui.press(SAVE);
            assertThat(notesOf(w, ana)).isEqualTo("Three paragraphs\nof what Ana said");

            tui.press('n').esc();
            assertThat(tui.ui.current().name()).as("unchanged: Esc leaves at once").isEqualTo("Contact");
            tui.press('n').type(" more").esc().press('y');
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
        }

        assertThat(notesOf(w, ana)).isEqualTo("Three paragraphs\nof what Ana said");
    }
}
