package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.form.CursorWindow;
import dev.needle.adapter.tui.form.EditLine;
import dev.needle.adapter.tui.text.SafeText;
import java.util.ArrayList;
import java.util.List;

/** The "/filter   3 found" line of a list: while it is typed in, with its cursor drawn in reverse video. */
final class FilterLine {
    private FilterLine() {
    }

    static Line of(EditLine filter, boolean typing, String count, int width) {
        if (!typing) {
            return Line.of("/" + filter.text() + count, Style.HINT);
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of("/", Style.HINT));
        int room = Math.max(10, width - 1 - SafeText.width(count));
        spans.addAll(CursorWindow.spans(filter, room, Style.HINT, Style.SELECTED, false));
        spans.add(Span.of(count, Style.HINT));
        return Line.of(spans, Style.NORMAL);
    }
}
