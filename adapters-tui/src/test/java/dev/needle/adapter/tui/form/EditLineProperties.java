package dev.needle.adapter.tui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import java.text.BreakIterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The editing rules of a text field: whatever keys are pressed, the cursor stays inside the text
 * and between two user-perceived characters, and the keys do what readline's do.
 */
class EditLineProperties {
    private static final List<Key> EDITING = List.of(Key.of(Key.Type.LEFT), Key.of(Key.Type.RIGHT),
            new Key(Key.Type.LEFT, '\0', true), new Key(Key.Type.RIGHT, '\0', true), Key.of(Key.Type.HOME),
            Key.of(Key.Type.END), Key.of(Key.Type.BACKSPACE), Key.of(Key.Type.DELETE), Key.ctrl('a'), Key.ctrl('e'),
            Key.ctrl('d'), Key.ctrl('w'), Key.ctrl('u'), Key.ctrl('k'));

    /** Letters, spaces, punctuation, accents typed alone, CJK, both halves of emoji, Hangul jamo. */
    @Provide
    Arbitrary<List<Key>> keys() {
        Arbitrary<Key> typed = Arbitraries.of('A', 'n', 'e', ' ', '-', '\u0301', '\u0308', '\u6797', '\uD83D', '\uDE00',
                '\u1100', '\u1161', '\u11A8', '\u200D', '1').map(Key::ch);
        return Arbitraries.oneOf(Arbitraries.of(EDITING), typed).list().ofMaxSize(40);
    }

    @Property
    void theCursorStaysInTheTextBetweenTwoCharacters(@ForAll("keys") List<Key> keys) {
        EditLine line = EditLine.atEnd("");
        for (Key key : keys) {
            line = line.after(key).orElseThrow();
            assertThat(line.cursor()).isBetween(0, line.text().length());
            assertThat(isBoundary(line.text(), line.cursor())).as("%s at %d", line.text(), line.cursor()).isTrue();
        }
    }

    @Property
    void plainLettersTypedAnywhereGoInAtTheCursor(@ForAll("keys") List<Key> keys,
                                                  @ForAll("letters") String word) {
        EditLine line = EditLine.atEnd("");
        for (Key key : keys) {
            line = line.after(key).orElseThrow();
        }
        EditLine typed = line;
        for (char c : word.toCharArray()) {
            typed = typed.after(Key.ch(c)).orElseThrow();
        }
        if (!line.after().isEmpty() && Character.getType(line.after().codePointAt(0)) == Character.NON_SPACING_MARK
                || line.after().startsWith("\u200D") || line.after().startsWith("\u1161") || line.after().startsWith("\u11A8")
                || line.after().startsWith("\uDE00")) {
            return; // a letter typed before a lone mark or joiner becomes one character with it
        }
        assertThat(typed.text()).isEqualTo(line.before() + word + line.after());
        assertThat(typed.before()).isEqualTo(line.before() + word);
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("abcxyz ").ofMinLength(1).ofMaxLength(5);
    }

    @Property
    void leftThenRightComesBackToTheSamePlace(@ForAll("keys") List<Key> keys) {
        EditLine line = EditLine.atEnd("");
        for (Key key : keys) {
            line = line.after(key).orElseThrow();
        }
        if (line.cursor() > 0) {
            assertThat(line.left().right()).isEqualTo(line);
        }
        if (!line.atEnd()) {
            assertThat(line.right().left()).isEqualTo(line);
        }
    }

    @Example
    void aLetterMissedInTheMiddleIsTypedInPlace() {
        EditLine line = typed(EditLine.atEnd(""), "Ana Ruz").left().left();
        line = typed(line.right(), "i");
        assertThat(line.text()).isEqualTo("Ana Ruiz");
        assertThat(line.before()).isEqualTo("Ana Rui");
    }

    @Example
    void anAccentTypedAfterItsLetterIsOneStep() {
        EditLine line = typed(EditLine.atEnd(""), "Rene\u0301e");
        assertThat(line.left().before()).isEqualTo("Rene\u0301");
        assertThat(line.left().left().before()).isEqualTo("Ren");
        assertThat(line.left().backspace().text()).isEqualTo("Rene");
    }

    @Example
    void wideCharactersAndEmojiAreOneStepEach() {
        EditLine line = EditLine.atEnd("林\uD83D\uDE00x");
        assertThat(line.left().left().before()).isEqualTo("林");
        assertThat(line.left().backspace().text()).isEqualTo("林x");
        assertThat(line.home().delete().text()).isEqualTo("\uD83D\uDE00x");
    }

    @Example
    void wordsAreStepsForCtrlArrowsAndCtrlW() {
        EditLine line = EditLine.atEnd("Anne-Sophie Martin");
        assertThat(line.wordLeft().before()).isEqualTo("Anne-Sophie ");
        assertThat(line.wordLeft().wordLeft().before()).isEqualTo("Anne-");
        assertThat(line.home().wordRight().before()).isEqualTo("Anne");
        assertThat(line.home().wordRight().wordRight().before()).isEqualTo("Anne-Sophie");
        assertThat(line.wordRubout().text()).isEqualTo("Anne-Sophie ");
        assertThat(line.wordRubout().wordRubout().text()).isEmpty();
    }

    @Example
    void ctrlKCutsToTheEndAndCtrlUClearsTheLine() {
        EditLine line = EditLine.atEnd("Anne-Sophie Martin").wordLeft();
        assertThat(line.after(Key.ctrl('k')).orElseThrow().text()).isEqualTo("Anne-Sophie ");
        assertThat(line.after(Key.ctrl('u')).orElseThrow().text()).isEmpty();
        assertThat(line.after(Key.ctrl('d')).orElseThrow().text()).isEqualTo("Anne-Sophie artin");
        assertThat(line.after(Key.ctrl('a')).orElseThrow().cursor()).isZero();
        assertThat(line.after(Key.ctrl('e')).orElseThrow().atEnd()).isTrue();
    }

    @Example
    void keysThatDoNotEditAreNotTaken() {
        EditLine line = EditLine.atEnd("x");
        assertThat(line.after(Key.of(Key.Type.TAB))).isEmpty();
        assertThat(line.after(Key.of(Key.Type.ENTER))).isEmpty();
        assertThat(line.after(Key.ctrl('s'))).isEmpty();
        assertThat(line.after(Key.of(Key.Type.ESCAPE))).isEmpty();
    }

    private static EditLine typed(EditLine line, String text) {
        for (char c : text.toCharArray()) {
            line = line.after(Key.ch(c)).orElseThrow();
        }
        return line;
    }

    private static boolean isBoundary(String text, int at) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        return characters.isBoundary(at);
    }
}
