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

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, and this one's equals is called before the first frame (docs/performance.md,
    // frame8).
    @Override
    public boolean equals(Object other) {
        return other instanceof Key k && k.type == type && k.ch == ch && k.ctrl == ctrl;
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + Character.hashCode(ch)) * 31 + Boolean.hashCode(ctrl);
    }

    /** A character that belongs in a text field. */
    public boolean isText() {
        return type == Type.CHAR && !ctrl && !Character.isISOControl(ch);
    }
}
