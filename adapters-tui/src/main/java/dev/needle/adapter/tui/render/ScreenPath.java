package dev.needle.adapter.tui.render;

import dev.needle.adapter.tui.text.SafeText;
import java.util.ArrayList;
import java.util.List;

/**
 * The path of screens opened, cut to the window's width: the screen you are on stays whole where it can,
 * and the widest of those before it give up columns first, so a long name shortens while "Triage" after
 * it stays readable. Each cut ends in an ellipsis and falls between whole characters, wide ones too.
 */
final class ScreenPath {
    static final String SEPARATOR = " › ";
    /** No step is cut shorter than this, so each keeps a few letters of what it was. */
    private static final int SHORTEST = 12;

    private ScreenPath() {
    }

    /** The steps as they fit in {@code columns} after a leading space, separators included. */
    static List<String> fitted(List<String> steps, int columns) {
        int[] widths = steps.stream().mapToInt(SafeText::width).toArray();
        int room = columns - 1 - SEPARATOR.length() * (steps.size() - 1);
        int over = sum(widths) - room;
        while (over > 0) {
            int cut = widestBefore(widths, widths.length - 1);
            if (cut < 0) {
                cut = widths[widths.length - 1] > SHORTEST ? widths.length - 1 : -1;
            }
            if (cut < 0) {
                break; // what is still too wide is clipped at the edge as every line is
            }
            int by = Math.min(over, widths[cut] - SHORTEST);
            widths[cut] -= by;
            over -= by;
        }
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            fitted.add(SafeText.clip(steps.get(i), widths[i]));
        }
        return fitted;
    }

    /** The widest step before {@code end} that can still be cut, or -1. */
    private static int widestBefore(int[] widths, int end) {
        int widest = -1;
        for (int i = 0; i < end; i++) {
            if (widths[i] > SHORTEST && (widest < 0 || widths[i] > widths[widest])) {
                widest = i;
            }
        }
        return widest;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }
}
