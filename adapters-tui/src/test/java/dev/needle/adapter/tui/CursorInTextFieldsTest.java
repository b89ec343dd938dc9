package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/**
 * A text field has a cursor, as readline's line has: ←/→ and Ctrl-←/→ move it, Home/End and
 * Ctrl-A/Ctrl-E go to the ends, typing goes in where it stands and the deleting keys work around
 * it; it is drawn where it is, also in a long line, and among wide characters and accents.
 */
class CursorInTextFieldsTest {
    private static final Key LEFT = Key.of(Key.Type.LEFT);
    private static final Key RIGHT = Key.of(Key.Type.RIGHT);
    private static final Key HOME = Key.of(Key.Type.HOME);
    private static final Key END = Key.of(Key.Type.END);
    private static final Key WORD_LEFT = Key.ctrl(Key.Type.LEFT);
    private static final Key WORD_RIGHT = Key.ctrl(Key.Type.RIGHT);

    private static void type(QueueTerminal terminal, String text) {
        text.chars().forEach(c -> terminal.addInput(Keys.toStroke(Key.ch((char) c))));
    }

    private static void key(QueueTerminal terminal, Key key) {
        terminal.addInput(Keys.toStroke(key));
    }

    private static java.util.List<String> names(Wiring w) {
        return w.useCases.searchContacts().search("", 10).stream().map(Contact::name).toList();
    }

    @Test
    void aLetterMissedInTheMiddleOfANameIsTypedWhereItBelongs() throws Exception {
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3a");
        type(terminal, "Ana Ruz");
        key(terminal, LEFT);
        type(terminal, "i");
        key(terminal, Key.of(Key.Type.ENTER));
        key(terminal, Key.of(Key.Type.ESCAPE));
        type(terminal, "q");

        TuiApp.run(w.useCases, terminal);

        assertThat(names(w)).containsExactly("Ana Ruiz");
    }

    @Test
    void theTerminalsOwnCtrlArrowsAndHomeEndMoveTheCursor() throws Exception {
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3a");
        type(terminal, "Maria Ruiz");
        terminal.addInput(new KeyStroke(KeyType.ArrowLeft, true, false));
        terminal.addInput(new KeyStroke(KeyType.ArrowLeft, true, false));
        type(terminal, "Ana ");
        terminal.addInput(new KeyStroke(KeyType.End));
        type(terminal, " Soto");
        terminal.addInput(new KeyStroke(KeyType.Home));
        type(terminal, "Dr ");
        key(terminal, Key.of(Key.Type.ENTER));
        key(terminal, Key.of(Key.Type.EOF));

        TuiApp.run(w.useCases, terminal);

        assertThat(names(w)).containsExactly("Dr Ana Maria Ruiz Soto");
    }

    @Test
    void aMistypedNameIsMendedInTheEditFormWithWordStepsAndDeletes() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Anne-Sopie Martinn", "Acme", "");
        try (Tui tui = Tui.on(w)) {
            tui.press('3', 'e');
            tui.press(WORD_LEFT, WORD_LEFT, RIGHT, RIGHT, RIGHT).type("h");
            tui.press(WORD_RIGHT, WORD_RIGHT, Key.of(Key.Type.BACKSPACE));
            tui.press(Key.ctrl('s'));

            assertThat(names(w)).containsExactly("Anne-Sophie Martin");
        }
    }

    @Test
    void deleteCtrlDCtrlWCtrlKAndCtrlUEditAroundTheCursor() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w)) {
            tui.press('3', 'a').type("Xana Ruiz Garcia");
            tui.press(HOME, Key.of(Key.Type.DELETE)); // "ana Ruiz Garcia"
            tui.press(Key.ctrl('d')).type("A"); // "Ana Ruiz Garcia"
            tui.press(Key.ctrl('e'), Key.ctrl('w')); // "Ana Ruiz "
            tui.press(Key.ctrl('a'), WORD_RIGHT, WORD_RIGHT, Key.ctrl('k')); // "Ana Ruiz"
            tui.enter();
            tui.type("Someone Else").press(Key.ctrl('u')).type("Ben Okafor").enter();

            assertThat(names(w)).containsExactly("Ana Ruiz", "Ben Okafor");
        }
    }

    @Test
    void theCursorIsDrawnOnTheCharacterItStandsBefore() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.press('3', 'a').type("Ana Ruz").press(LEFT);

            int row = tui.rowOf("> Name");
            int z = tui.row(row).indexOf("Ana Ruz") + 6;
            assertThat(tui.cell(z, row).getCharacterString()).isEqualTo("z");
            assertThat(tui.cell(z, row).isReversed()).as("the cursor's cell stands out of the reversed field").isFalse();
            assertThat(tui.cell(z - 1, row).isReversed()).isTrue();
            assertThat(tui.cell(z + 1, row).isReversed()).isTrue();
            assertThat(tui.row(row)).contains("Ana Ruz ").doesNotContain("Ana Ruz_");

            tui.press(END);
            assertThat(tui.row(row)).contains("Ana Ruz_");
            assertThat(tui.cell(z + 1, row).isReversed()).isFalse();
        }
    }

    @Test
    void aLongLineScrollsSoTheCursorStaysInView() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            String start = "Maximiliana Alexandra Konstantinopoulou";
            String end = "de la Cruz y Bartholomew-Fitzgerald";
            tui.press('3', 'a').type(start + " " + end);
            int row = tui.rowOf("> Name");
            assertThat(tui.row(row)).contains("…").contains("Fitzgerald_").doesNotContain("Maximiliana");

            tui.press(HOME);
            assertThat(tui.row(row)).contains("Maximiliana").doesNotContain("Fitzgerald");
            int first = tui.row(row).indexOf("Maximiliana");
            assertThat(tui.cell(first, row).isReversed()).as("the cursor is on the first letter").isFalse();
            assertThat(tui.row(row).stripTrailing()).endsWith("…");

            for (int i = 0; i < (start + " de la Cruz y ").length(); i++) {
                tui.press(RIGHT);
            }
            // Past the field's width: the text before the cursor has gone off to the left, the cursor is on "Bartholomew".
            String shown = tui.row(row);
            assertThat(shown).contains("…").doesNotContain("Maximiliana").contains("Cruz y Bartholomew");
            int cursor = -1;
            for (int col = 0; col < 80; col++) {
                if (tui.cell(col, row).isUnderlined()) {
                    cursor = col;
                }
            }
            assertThat(cursor).as("one cell is the cursor").isPositive();
            assertThat(tui.cell(cursor, row).getCharacterString()).isEqualTo("B");
        }
    }

    @Test
    void wideCharactersAndAccentsAreOneStepEach() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w)) {
            tui.press('3', 'a').type("林美x");
            tui.press(HOME, RIGHT, RIGHT);
            int row = tui.rowOf("> Name");
            // Two wide characters take four columns: the cursor is on x, four cells into the value.
            int value = 19;
            assertThat(tui.cell(value, row).getCharacterString()).isEqualTo("林");
            assertThat(tui.cell(value + 4, row).getCharacterString()).isEqualTo("x");
            assertThat(tui.cell(value + 4, row).isReversed()).isFalse();
            tui.enter();

            tui.type("Rene\u0301e").press(LEFT, LEFT);
            assertThat(tui.cell(value + 3, row).getCharacterString()).isEqualTo("é");
            assertThat(tui.cell(value + 3, row).isReversed()).isFalse();
            tui.press(Key.of(Key.Type.BACKSPACE)).enter();

            assertThat(names(w)).containsExactlyInAnyOrder("林美x", "Reée");
        }
    }

    @Test
    void movingTheCursorIsNoChangeToThrowAwayButTypingStillIs() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w)) {
            tui.press('3', 'e').press(LEFT, LEFT, HOME, WORD_RIGHT).esc();
            assertThat(tui.text()).doesNotContain("Throw away").contains("Ana Ruiz");
            assertThat(tui.ui.current().name()).isEqualTo("Contacts");

            tui.press('e').press(LEFT).type("x").press(LEFT).esc();
            assertThat(tui.text()).contains("Throw away what you typed?");
            tui.press('y');
            assertThat(names(w)).containsExactly("Ana Ruiz");
        }
    }

    @Test
    void escFollowedAtOnceByBIsStillEscThenB() throws Exception {
        // Alt-b is a word left in readline; here it stays Esc (the question) and b (its answer: no).
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3a");
        type(terminal, "Ana Ruiz");
        terminal.addInput(new KeyStroke('b', false, true));
        key(terminal, Key.of(Key.Type.ENTER));
        key(terminal, Key.of(Key.Type.EOF));

        TuiApp.run(w.useCases, terminal);

        assertThat(names(w)).as("the question was asked, b kept the text, Enter saved it").containsExactly("Ana Ruiz");
    }

    @Test
    void theHelpOfAFormListsTheEditingKeys() throws Exception {
        try (Tui tui = Tui.on(Seeds.withDirection())) {
            tui.press('3', 'a').type("Ana").press(LEFT).press(Key.of(Key.Type.F1));
            assertThat(tui.text()).contains("←/→").contains("Ctrl-←/Ctrl-→").contains("Home/Ctrl-A").contains("End/Ctrl-E")
                    .contains("Del/Ctrl-D").contains("Ctrl-W").contains("Ctrl-K").contains("Ctrl-U");
        }
    }
}
