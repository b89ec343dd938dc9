package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Screen;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.EditKeys;
import dev.needle.adapter.tui.form.EditLine;
import dev.needle.domain.English;
import dev.needle.domain.Need;
import java.util.List;
import java.util.Optional;

/**
 * Screen 2: the needs in priority order; J/K move the selected need down or up the list, and
 * {@code /} narrows it as you type (over title, targets and notes).
 */
public record NeedsView(List<Need> needs, Cursor cursor, String filter, boolean filtering, int filterCursor)
        implements View {
    public static final String NAME = Screen.NEEDS.title();

    public NeedsView {
        needs = List.copyOf(needs);
        filterCursor = new EditLine(filter, filterCursor).cursor();
    }

    /** With the cursor at the end of the filter, where typing goes when the filter is opened again. */
    public NeedsView(List<Need> needs, Cursor cursor, String filter, boolean filtering) {
        this(needs, cursor, filter, filtering, filter.length());
    }

    public NeedsView(List<Need> needs, Cursor cursor) {
        this(needs, cursor, "", false);
    }

    /** The needs the filter lets through; the cursor walks these. */
    List<Need> shown() {
        String wanted = filter.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return needs;
        }
        return needs.stream().filter(n -> (n.title() + " " + Targets.format(n.targets()) + " " + n.notes())
                .toLowerCase(java.util.Locale.ROOT).contains(wanted)).toList();
    }

    @Override
    public boolean capturesText() {
        return filtering;
    }

    private NeedsView filtered(String text, boolean typing) {
        NeedsView next = new NeedsView(needs, cursor, text, typing);
        return new NeedsView(needs, Cursor.over(next.shown().size()), text, typing);
    }

    private EditLine filterLine() {
        return new EditLine(filter, filterCursor);
    }

    /** A key typed into the filter: the rows narrowed again when its text changed, else only its cursor moved. */
    private Step typeFilter(Key key, Session session) {
        EditLine next = filterLine().after(key).orElse(filterLine());
        NeedsView typed = next.text().equals(filter) ? this : filtered(next.text(), true);
        return Step.stay(new NeedsView(needs, typed.cursor, next.text(), true, next.cursor()));
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
    public List<Binding> bindings() {
        if (filtering) {
            List<Binding> typing = new java.util.ArrayList<>(List.of(Binding.typing("to filter", this::typeFilter),
                    Binding.on("Enter", "keep filter", (k, s) -> Step.stay(new NeedsView(needs, cursor, filter, false))),
                    Binding.on("Esc", "clear filter", (k, s) -> Step.stay(filtered("", false))),
                    Binding.on("↑/↓", "move", (k, s) -> Step.stay(new NeedsView(needs, cursor.move(k, 1).orElseThrow(),
                            filter, true, filterCursor))).helpOnly()));
            typing.addAll(EditKeys.bindings(filterLine(), true, "clear what was typed", this::typeFilter));
            return typing;
        }
        Optional<Need> need = selected();
        Binding.Handler onNeed = (k, s) -> handle(k, need.get(), s);
        return Binding.list(cursor.keys(c -> new NeedsView(needs, c, filter, false)),
                Binding.on("Enter", "who can help", onNeed).when(need.isPresent()),
                Binding.on("/", "filter", (k, s) -> Step.stay(new NeedsView(needs, cursor, filter, true))),
                // A kept filter is let go of with Esc, as while typing it.
                Binding.on("Esc", "clear filter", (k, s) -> Step.stay(filtered("", false))).when(!filter.isEmpty()),
                Binding.on("a", "add", (k, s) -> Step.open(NeedForms.add(NeedForms.direction(s)))),
                Binding.on("e", "edit", onNeed).when(need.isPresent()),
                Binding.on("J/K", "reorder: need down/up", onNeed).when(need.isPresent()),
                Binding.on("m", "met", onNeed).when(need.isPresent()),
                Binding.on("d", "drop", onNeed).when(need.isPresent()));
    }

    public Optional<Need> selected() {
        return cursor.isEmpty() ? Optional.empty() : Optional.of(shown().get(cursor.index()));
    }

    /** The keys that act on the selected need. */
    private Step handle(Key key, Need n, Session session) {
        if (key.is(Key.Type.ENTER)) {
            return Step.open(NeedDetailView.load(n, session));
        }
        if (key.is('e')) {
            return Step.open(NeedForms.edit(n, NeedForms.direction(session)));
        }
        if (key.is('J') || key.is('K')) {
            int place = n.priority() + (key.is('J') ? 1 : -1);
            List<Need> reordered = session.useCases().reorderNeed().moveNeed(n.id(), place);
            Undo.reordered(session, n, needs, reordered);
            int at = indexOf(reordered, n);
            return Step.stay(new NeedsView(reordered, new Cursor(at, reordered.size())))
                    .say("\"" + n.title() + "\" is now need " + (at + 1) + ".");
        }
        if (key.is('d')) {
            return Step.stay(this).ask("Drop need \"" + n.title() + "\"? It stays on record. y/N", s -> {
                Need dropped = s.useCases().dropNeed().dropNeed(n.id());
                Undo.needStatus(s, "drop of \"" + n.title() + "\"", n, dropped);
                return Step.stay(refreshed(s)).say("Dropped \"" + n.title() + "\".");
            });
        }
        if (key.is('m')) {
            return Step.open(ContactsView.picking(session, "Who met \"" + n.title() + "\"? Enter picks.", (c, s) -> {
                Need met = s.useCases().markNeedMet().markMet(n.id(), c.id());
                Undo.needStatus(s, "\"" + n.title() + "\" marked met", n, met);
                return Step.back().say(English.sentence("\"" + n.title() + "\" met thanks to " + c.name()));
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
        NeedsView again = new NeedsView(fresh, cursor, filter, filtering);
        return new NeedsView(fresh, cursor.following(shown(), again.shown(), Need::id), filter, filtering, filterCursor);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new java.util.ArrayList<>();
        if (filtering || !filter.isEmpty()) {
            lines.add(FilterLine.of(filterLine(), filtering, "   " + shown().size() + " found", width));
        }
        List<Need> rows = shown();
        // A need with no target can never match anyone; the last line says so, the selected one first.
        Optional<Need> untargeted = selected().filter(NeedsView::untargeted)
                .or(() -> rows.stream().filter(NeedsView::untargeted).findFirst());
        if (untargeted.isPresent()) {
            height--;
        }
        List<Need> window = Rows.window(rows, cursor, height - lines.size());
        int[] widths = Rows.fit(width, 1, new int[] {
            Rows.widest("#", window.stream().map(n -> Integer.toString(n.priority()))),
            Rows.widest("Need", window.stream().map(Need::title)),
            // The kinds on screen, not every kind there is: a column wide enough for "introduction to a
            // target company" cut the titles while it stood half empty.
            Rows.widest("Kind", window.stream().map(n -> n.kind().label())),
            Rows.widest("Status", java.util.Arrays.stream(dev.needle.domain.NeedStatus.values()).map(st -> st.label()))},
            new int[] {2, 12, 10, 8});
        int number = widths[0];
        int title = widths[1];
        int kind = widths[2];
        int status = widths[3];
        lines.addAll(Rows.list(rows, cursor, height - lines.size(),
                List.of(Rows.head("#", number), Rows.head("Need", title), Rows.head("Kind", kind), Rows.head("Status", status)),
                filter.isEmpty() ? "No needs yet. Press a to add what your direction needs." : "No need matches \"" + filter + "\".",
                n -> List.of(Span.column(Integer.toString(n.priority()), number, Style.NORMAL),
                        Span.column(n.title(), title, Style.NORMAL),
                        Span.column(n.kind().label(), kind, Style.NORMAL),
                        Span.column(n.status().label(), status, n.isActive() ? Style.NORMAL : Style.DIM))));
        untargeted.ifPresent(n -> lines.add(Line.of("! Need " + n.priority() + " names no company, role or topic, "
                + "so nobody can match it: e to add one.", Style.HINT)));
        return lines;
    }

    private static boolean untargeted(Need need) {
        return need.isActive() && need.targets().isEmpty();
    }
}
