package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.MergeDuplicatesUseCase.SuspectedDuplicate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of contacts that may be one person (opened with D from the Contacts screen), each with what
 * they share; Enter opens a pair side by side to merge it field by field.
 */
record DuplicatesView(List<SuspectedDuplicate> pairs, Cursor cursor) implements View {
    static final String NAME = "Duplicates";

    DuplicatesView {
        pairs = List.copyOf(pairs);
    }

    static DuplicatesView load(Session session) {
        List<SuspectedDuplicate> pairs = session.useCases().week().mergeDuplicates().suspectedDuplicates();
        return new DuplicatesView(pairs, Cursor.over(pairs.size()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new DuplicatesView(pairs, c)),
                Binding.on("Enter", "compare and merge", (k, s) -> Step.open(MergeView.of(pairs.get(cursor.index()))))
                        .when(!pairs.isEmpty()));
    }

    @Override
    public View refreshed(Session session) {
        List<SuspectedDuplicate> now = session.useCases().week().mergeDuplicates().suspectedDuplicates();
        return new DuplicatesView(now, cursor.resized(now.size()));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        if (pairs.isEmpty()) {
            lines.add(Line.of("No suspected duplicates.", Style.NORMAL));
            lines.add(Line.of("None share an email, profile or phone; no near names at one company.", Style.DIM));
            return lines;
        }
        lines.add(Line.of(pairs.size() + (pairs.size() == 1 ? " pair" : " pairs")
                + " that may be one person. Enter compares a pair and merges it.", Style.DIM));
        int[] widths = Rows.fit(width, 2, new int[] {
            Rows.widest("Contact", pairs.stream().map(p -> p.left().name())),
            Rows.widest("Same as", pairs.stream().map(p -> p.right().name())),
            Rows.widest("Why", pairs.stream().map(SuspectedDuplicate::reason))}, new int[] {10, 10, 12});
        lines.addAll(Rows.list(pairs, cursor, height - lines.size(),
                List.of(Rows.head("Contact", widths[0]), Rows.head("Same as", widths[1]), Rows.head("Why", widths[2])),
                "No suspected duplicates: no two contacts share an email, profile or phone, or a near name at one company.",
                p -> List.of(Span.column(p.left().name(), widths[0], Style.NORMAL),
                        Span.column(p.right().name(), widths[1], Style.NORMAL),
                        Span.column(p.reason(), widths[2], Style.DIM))));
        return lines;
    }
}
