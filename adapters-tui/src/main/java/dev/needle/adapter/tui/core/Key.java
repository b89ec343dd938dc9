package dev.needle.adapter.tui.core;

/**
 * One key press, independent of Lanterna so screen logic can be exercised with plain values. A
 * printable key is {@link Type#CHAR}; {@code ctrl} marks Ctrl-letter combinations.
 */
public record Key(Type type, char ch, boolean ctrl) {
    public enum Type { CHAR, ENTER, ESCAPE, BACKSPACE, DELETE, TAB, BACK_TAB, UP, DOWN, LEFT, RIGHT, HOME, END,
        PAGE_UP, PAGE_DOWN, F1, EOF, OTHER }

    public static Key ch(char c) {
        return new Key(Type.CHAR, c, false);
    }

    public static Key ctrl(char c) {
        return new Key(Type.CHAR, Character.toLowerCase(c), true);
    }

    public static Key of(Type type) {
        return new Key(type, '\0', false);
    }

    /** Ctrl with a key that is not a letter: Ctrl-← and Ctrl-→ step over words in a text field. */
    public static Key ctrl(Type type) {
        return new Key(type, '\0', true);
    }

    /** The plain character {@code c}, without Ctrl. */
    public boolean is(char c) {
        return type == Type.CHAR && !ctrl && ch == c;
    }

    public boolean isCtrl(char c) {
        return type == Type.CHAR && ctrl && ch == Character.toLowerCase(c);
    }

    public boolean is(Type t) {
        return type == t;
    }

    /** A character that belongs in a text field. */
    public boolean isText() {
        return type == Type.CHAR && !ctrl && !Character.isISOControl(ch);
    }
}
