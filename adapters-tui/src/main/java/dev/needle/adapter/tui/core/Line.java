package dev.needle.adapter.tui.core;

import java.util.ArrayList;
import java.util.List;

/** One screen row of the body: spans left to right; {@code fill} paints the rest of the row in its style. */
public record Line(List<Span> spans, Style fill) {
    public Line {
        spans = List.copyOf(spans);
        fill = fill == null ? Style.NORMAL : fill;
    }

    public static Line of(String text) {
        return new Line(List.of(Span.of(text)), Style.NORMAL);
    }

    public static Line of(String text, Style style) {
        return new Line(List.of(Span.of(text, style)), style == Style.SELECTED ? style : Style.NORMAL);
    }

    public static Line blank() {
        return new Line(List.of(), Style.NORMAL);
    }

    public static Line of(List<Span> spans, Style fill) {
        return new Line(spans, fill);
    }

    public Line plus(Span span) {
        List<Span> more = new ArrayList<>(spans);
        more.add(span);
        return new Line(more, fill);
    }

    /** The row's text as drawn before clipping, for tests and searching the screen. */
    public String text() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
