package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
import java.util.List;

/**
 * The part of a line being typed that fits in a field, the cursor always in view: the whole line
 * when it fits; else its start, or its end, when the cursor is there; else the cursor in the middle.
 * Text cut off on either side gives way to an ellipsis. The character under the cursor (an
 * underscore past the end) is its own span, so it can be drawn apart from the rest.
 */
public final class CursorWindow {
    private static final String PAST_THE_END = "_";

    private CursorWindow() {
    }

    /**
     * The line as spans: text, the cursor's cell, text. With {@code fill} the last span is a column
     * that pads the whole to {@code width}, as a form's value column is.
     */
    public static List<Span> spans(EditLine line, int width, Style text, Style cursor, boolean fill) {
        List<String> before = SafeText.clusters(line.before());
        List<String> after = SafeText.clusters(line.after());
        String under = after.isEmpty() ? PAST_THE_END : after.get(0);
        List<String> rest = after.isEmpty() ? List.of() : after.subList(1, after.size());
        int underWidth = Math.max(1, SafeText.width(under));
        int beforeWidth = widthOf(before);
        int restWidth = widthOf(rest);
        String left;
        String right;
        if (beforeWidth + underWidth + restWidth <= width) {
            left = String.join("", before);
            right = String.join("", rest);
        } else if (beforeWidth + underWidth + 1 <= width) {
            left = String.join("", before);
            right = startOf(rest, width - beforeWidth - underWidth - 1) + SafeText.ELLIPSIS;
        } else if (underWidth + restWidth + 1 <= width) {
            left = SafeText.ELLIPSIS + endOf(before, width - underWidth - restWidth - 1);
            right = String.join("", rest);
        } else {
            left = SafeText.ELLIPSIS + endOf(before, Math.max(0, (width - underWidth) / 2 - 1));
            right = startOf(rest, Math.max(0, width - SafeText.width(left) - underWidth - 1)) + SafeText.ELLIPSIS;
        }
        Span last = fill ? Span.column(right, Math.max(0, width - SafeText.width(left) - underWidth), text)
                : Span.of(right, text);
        return List.of(Span.of(left, text), Span.cursor(under, cursor), last);
    }

    private static int widthOf(List<String> clusters) {
        return clusters.stream().mapToInt(SafeText::width).sum();
    }

    /** As many characters from the start as fit in {@code columns}. */
    private static String startOf(List<String> clusters, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String cluster : clusters) {
            used += SafeText.width(cluster);
            if (used > columns) {
                break;
            }
            out.append(cluster);
        }
        return out.toString();
    }

    /** As many characters from the end as fit in {@code columns}. */
    private static String endOf(List<String> clusters, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = clusters.size() - 1; i >= 0; i--) {
            used += SafeText.width(clusters.get(i));
            if (used > columns) {
                break;
            }
            out.insert(0, clusters.get(i));
        }
        return out.toString();
    }
}
