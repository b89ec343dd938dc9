package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.RecordKind;
import java.util.List;

/**
 * A detail page's "Added by Alice on 3 Dec · changed by Bob at 10:42" (issue 20). Empty, and so not
 * shown, when one person has the database to themselves: they did everything.
 */
final class AuthorsLine {
    private AuthorsLine() {
    }

    static String of(Session session, RecordKind kind, long id) {
        return session.useCases().authors().of(kind, id).line().orElse("");
    }

    /** Adds the line, wrapped and dimmed, unless it is empty. */
    static void add(List<Line> lines, String authors, int width) {
        if (authors.isEmpty()) {
            return;
        }
        List<String> wrapped = SafeText.wrap(authors, Math.max(10, width - 2));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(Line.of((i == 0 ? "" : "  ") + wrapped.get(i), Style.DIM));
        }
    }
}
