package dev.needle.adapter.tui.core;

/**
 * A run of text in one style. A non-negative {@code width} makes it a column: the text is clipped
 * with an ellipsis or padded to exactly that many cells, so a long value never spills over. A span
 * that is {@code cursor} starts where typing goes: the terminal's own cursor is put on its first cell
 * (screen readers, input methods and tmux's copy mode follow that one, not a reversed cell).
 */
public record Span(String text, Style style, int width, boolean cursor) {
    public Span {
        text = text == null ? "" : text;
        style = style == null ? Style.NORMAL : style;
    }

    public Span(String text, Style style, int width) {
        this(text, style, width, false);
    }

    public static Span of(String text) {
        return new Span(text, Style.NORMAL, -1);
    }

    public static Span of(String text, Style style) {
        return new Span(text, style, -1);
    }

    public static Span column(String text, int width, Style style) {
        return new Span(text, style, Math.max(0, width));
    }

    /** The cell where typing goes: {@code text} is the character on it, drawn in {@code style}. */
    public static Span cursor(String text, Style style) {
        return new Span(text, style, -1, true);
    }
}
