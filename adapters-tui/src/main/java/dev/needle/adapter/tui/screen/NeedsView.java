package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.KeyHint;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.domain.Need;
import java.util.List;
import java.util.Optional;

/** Screen 2: the needs in priority order; J/K move the selected need down or up the list. */
public record NeedsView(List<Need> needs, Cursor cursor) implements View {
    public static final String NAME = "Needs";

    public NeedsView {
        needs = List.copyOf(needs);
    }

    public static NeedsView load(Session session) {
        List<Need> needs = session.useCases().listNeeds().listNeeds();
        return new NeedsView(needs, Cursor.over(needs.size()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<KeyHint> hints() {
        return List.of(KeyHint.of("Enter", "who can help"), KeyHint.of("a", "add"), KeyHint.of("e", "edit"),
                KeyHint.of("J/K", "move down/up"), KeyHint.of("m", "met"), KeyHint.of("d", "drop"));
    }

    public Optional<Need> selected() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(needs.get(cursor.index()));
    }

    @Override
    public Step handle(Key key, Session session) {
        Optional<Cursor> moved = cursor.move(key, session.pageSize());
        if (moved.isPresent()) {
            return Step.stay(new NeedsView(needs, moved.get()));
        }
        if (key.is('a')) {
            return Step.open(NeedForms.add());
        }
        Optional<Need> need = selected();
        if (need.isEmpty()) {
            return Step.unhandled();
        }
        Need n = need.get();
        if (key.is(Key.Type.ENTER)) {
            return Step.open(NeedDetailView.load(n, session));
        }
        if (key.is('e')) {
            return Step.open(NeedForms.edit(n));
        }
        if (key.is('J') || key.is('K')) {
            int place = n.priority() + (key.is('J') ? 1 : -1);
            List<Need> reordered = session.useCases().reorderNeed().moveNeed(n.id(), place);
            int at = indexOf(reordered, n);
            return Step.stay(new NeedsView(reordered, new Cursor(at, reordered.size())))
                    .say("\"" + n.title() + "\" is now need " + (at + 1) + ".");
        }
        if (key.is('d')) {
            return Step.stay(this).ask("Drop need \"" + n.title() + "\"? It stays on record. y/N", s -> {
                s.useCases().dropNeed().dropNeed(n.id());
                Undo.need(s, n, "drop of \"" + n.title() + "\"");
                return Step.stay(refreshed(s)).say("Dropped \"" + n.title() + "\".");
            });
        }
        if (key.is('m')) {
            return Step.open(ContactsView.picking(session, "Who met \"" + n.title() + "\"? Enter picks.", (c, s) -> {
                s.useCases().markNeedMet().markMet(n.id(), c.id());
                Undo.need(s, n, "\"" + n.title() + "\" marked met");
                return Step.back().say("\"" + n.title() + "\" met thanks to " + c.name() + ".");
            }));
        }
        return Step.unhandled();
    }

    private static int indexOf(List<Need> list, Need need) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(need.id())) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public View refreshed(Session session) {
        List<Need> fresh = session.useCases().listNeeds().listNeeds();
        return new NeedsView(fresh, cursor.resized(fresh.size()));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Need> shown = Rows.window(needs, cursor, height);
        int[] widths = Rows.fit(width, 1, new int[] {
            Rows.widest("#", shown.stream().map(n -> Integer.toString(n.priority()))),
            Rows.widest("Need", shown.stream().map(Need::title)),
            Rows.widest("Kind", java.util.Arrays.stream(dev.needle.domain.NeedKind.values()).map(k -> k.label())),
            Rows.widest("Status", java.util.Arrays.stream(dev.needle.domain.NeedStatus.values()).map(st -> st.label()))},
            new int[] {2, 12, 10, 8});
        int number = widths[0];
        int title = widths[1];
        int kind = widths[2];
        int status = widths[3];
        return Rows.list(needs, cursor, height,
                List.of(Rows.head("#", number), Rows.head("Need", title), Rows.head("Kind", kind), Rows.head("Status", status)),
                "No needs yet. Press a to add what your direction needs.",
                n -> List.of(Span.column(Integer.toString(n.priority()), number, Style.NORMAL),
                        Span.column(n.title(), title, Style.NORMAL),
                        Span.column(n.kind().label(), kind, Style.NORMAL),
                        Span.column(n.status().label(), status, n.isActive() ? Style.NORMAL : Style.DIM)));
    }
}
