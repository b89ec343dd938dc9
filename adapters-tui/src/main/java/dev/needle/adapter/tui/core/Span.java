package dev.needle.adapter.tui.core;

/**
 * A run of text in one style. A non-negative {@code width} makes it a column: the text is clipped
 * with an ellipsis or padded to exactly that many cells, so a long value never spills over.
 */
public record Span(String text, Style style, int width) {
    public Span {
        text = text == null ? "" : text;
        style = style == null ? Style.NORMAL : style;
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
}
