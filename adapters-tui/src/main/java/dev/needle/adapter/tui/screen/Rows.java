package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
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

    /**
     * Column widths that follow the content and the window: each column asks for what its content
     * needs ({@code natural}), the blank cell after each column but the last is counted, the column
     * {@code grow} takes any room left over, and on a narrow window the widest columns give way first,
     * never below their {@code min}.
     */
    static int[] fit(int width, int grow, int[] natural, int[] min) {
        int[] widths = new int[natural.length];
        int used = natural.length - 1;
        for (int i = 0; i < natural.length; i++) {
            widths[i] = Math.max(natural[i], min[i]);
            used += widths[i];
        }
        while (used > width) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > min[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break; // everything at its minimum: the drawing clips at the edge
            }
            widths[widest]--;
            used--;
        }
        if (used < width) {
            widths[grow] += width - used;
        }
        return widths;
    }

    /** The width the header and the values need, in terminal cells. */
    static int widest(String header, java.util.stream.Stream<String> values) {
        return Math.max(SafeText.width(header), values.mapToInt(SafeText::width).max().orElse(0));
    }

    /** The items {@link #list} shows in a window of {@code height} rows (under the header). */
    static <T> List<T> window(List<T> items, Cursor cursor, int height) {
        if (items.isEmpty()) {
            return items;
        }
        int window = Math.max(1, height - 1);
        int top = cursor.top(window);
        return items.subList(top, Math.min(items.size(), top + window));
    }

    static String joined(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("—");
    }
}
