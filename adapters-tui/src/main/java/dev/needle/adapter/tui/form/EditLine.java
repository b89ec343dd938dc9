package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Key;
import java.text.BreakIterator;
import java.util.Optional;

/**
 * A line of text being typed and where the cursor stands in it, edited the way readline edits:
 * the cursor steps over user-perceived characters (an é typed as e and an accent, an emoji, a CJK
 * character are one step each) and over words, typing goes in at the cursor and the deleting keys
 * work around it. The cursor is a char index that always falls between two such characters.
 */
public record EditLine(String text, int cursor) {
    public EditLine {
        text = text == null ? "" : text;
        cursor = Math.max(0, Math.min(cursor, text.length()));
        cursor = boundaryAtOrBefore(text, cursor);
    }

    public static EditLine atEnd(String text) {
        return new EditLine(text, text == null ? 0 : text.length());
    }

    /**
     * The line after {@code key} when it is one of the editing keys: ←/→ and Ctrl-←/→ (a word), Home/End
     * and Ctrl-A/Ctrl-E, Backspace, Del and Ctrl-D, Ctrl-W (the word before), Ctrl-U (the whole line),
     * Ctrl-K (to the end), or a printable character; empty for any other key.
     */
    public Optional<EditLine> after(Key key) {
        EditLine edited = switch (key.type()) {
            case LEFT -> key.ctrl() ? wordLeft() : left();
            case RIGHT -> key.ctrl() ? wordRight() : right();
            case HOME -> home();
            case END -> end();
            case BACKSPACE -> backspace();
            case DELETE -> delete();
            case CHAR -> key.ctrl() ? control(key.ch()) : key.isText() ? inserted(String.valueOf(key.ch())) : null;
            default -> null;
        };
        return Optional.ofNullable(edited);
    }

    private EditLine control(char c) {
        return switch (c) {
            case 'a' -> home();
            case 'e' -> end();
            case 'd' -> delete();
            case 'w' -> wordRubout();
            case 'u' -> cleared();
            case 'k' -> killToEnd();
            default -> null;
        };
    }

    /** The text before the cursor. */
    public String before() {
        return text.substring(0, cursor);
    }

    /** The text from the cursor on. */
    public String after() {
        return text.substring(cursor);
    }

    public boolean atEnd() {
        return cursor == text.length();
    }

    /**
     * {@code typed} put in at the cursor, the cursor after it. When the typed character joins what
     * follows (a letter typed before a lone accent), the cursor goes after the character they make.
     */
    public EditLine inserted(String typed) {
        String joined = before() + typed + after();
        return new EditLine(joined, boundaryAtOrAfter(joined, cursor + typed.length()));
    }

    public EditLine left() {
        return new EditLine(text, previous(cursor));
    }

    public EditLine right() {
        return new EditLine(text, next(cursor));
    }

    public EditLine home() {
        return new EditLine(text, 0);
    }

    public EditLine end() {
        return new EditLine(text, text.length());
    }

    /** To the start of this word, or of the one before when the cursor is at a word's start already. */
    public EditLine wordLeft() {
        int at = cursor;
        while (at > 0 && !isWordAt(previous(at))) {
            at = previous(at);
        }
        while (at > 0 && isWordAt(previous(at))) {
            at = previous(at);
        }
        return new EditLine(text, at);
    }

    /** To the end of this word, or of the next one, as readline's forward-word does. */
    public EditLine wordRight() {
        int at = cursor;
        while (at < text.length() && !isWordAt(at)) {
            at = next(at);
        }
        while (at < text.length() && isWordAt(at)) {
            at = next(at);
        }
        return new EditLine(text, at);
    }

    /** The character before the cursor removed. */
    public EditLine backspace() {
        int from = previous(cursor);
        return new EditLine(text.substring(0, from) + after(), from);
    }

    /** The character under the cursor removed. */
    public EditLine delete() {
        return new EditLine(before() + text.substring(next(cursor)), cursor);
    }

    /** Ctrl-W: back to the space before the word, as a shell does ("Anne-Sophie Martin" loses "Martin"). */
    public EditLine wordRubout() {
        int from = cursor;
        while (from > 0 && isSpaceAt(previous(from))) {
            from = previous(from);
        }
        while (from > 0 && !isSpaceAt(previous(from))) {
            from = previous(from);
        }
        return new EditLine(text.substring(0, from) + after(), from);
    }

    public EditLine cleared() {
        return new EditLine("", 0);
    }

    /** Ctrl-K: everything from the cursor on removed. */
    public EditLine killToEnd() {
        return new EditLine(before(), cursor);
    }

    private int previous(int at) {
        if (at <= 0) {
            return 0;
        }
        BreakIterator characters = characters(text);
        int before = characters.preceding(at);
        return before == BreakIterator.DONE ? 0 : before;
    }

    private int next(int at) {
        if (at >= text.length()) {
            return text.length();
        }
        BreakIterator characters = characters(text);
        int after = characters.following(at);
        return after == BreakIterator.DONE ? text.length() : after;
    }

    /** A letter or digit starts the character at {@code at}: words are what Ctrl-←/→ step over. */
    private boolean isWordAt(int at) {
        return Character.isLetterOrDigit(text.codePointAt(at));
    }

    private boolean isSpaceAt(int at) {
        return Character.isWhitespace(text.codePointAt(at)) || Character.isSpaceChar(text.codePointAt(at));
    }

    private static BreakIterator characters(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        return characters;
    }

    private static int boundaryAtOrBefore(String text, int at) {
        if (at == 0 || at == text.length()) {
            return at;
        }
        BreakIterator characters = characters(text);
        return characters.isBoundary(at) ? at : characters.preceding(at);
    }

    private static int boundaryAtOrAfter(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        BreakIterator characters = characters(text);
        return characters.isBoundary(at) ? at : characters.following(at);
    }
}
