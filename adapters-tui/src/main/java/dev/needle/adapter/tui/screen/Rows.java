package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Lays out a scrolling list with a header: the window follows the selection, which is drawn reversed. */
final class Rows {
    private Rows() {
    }

    static <T> List<Line> list(List<T> items, Cursor cursor, int height, List<Span> header, String empty,
                               Function<T, List<Span>> columns) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(header, Style.NORMAL));
        if (items.isEmpty()) {
            lines.add(Line.of(empty, Style.DIM));
            return lines;
        }
        int window = Math.max(1, height - 1);
        int top = cursor.top(window);
        for (int i = top; i < Math.min(items.size(), top + window); i++) {
            boolean selected = i == cursor.index();
            List<Span> spans = columns.apply(items.get(i)).stream()
                    .map(s -> selected ? new Span(s.text(), Style.SELECTED, s.width()) : s).toList();
            lines.add(Line.of(spans, selected ? Style.SELECTED : Style.NORMAL));
        }
        return lines;
    }

    /** On a short window, spacing goes first so the content still fits. */
    static List<Line> compact(List<Line> lines, int height) {
        if (lines.size() <= height) {
            return lines;
        }
        return lines.stream().filter(l -> !l.spans().isEmpty()).toList();
    }

    static Span head(String text, int width) {
        return Span.column(text, width, Style.LABEL);
    }

    /** Splits the width left after fixed columns; never below a few cells so narrow windows still work. */
    static int flexible(int width, int... fixed) {
        int used = 0;
        for (int f : fixed) {
            used += f;
        }
        return Math.max(6, width - used);
    }

    static String joined(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("—");
    }
}
