package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.MergeDuplicatesUseCase.Merged;
import dev.needle.application.port.in.MergeDuplicatesUseCase.SuspectedDuplicate;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.English;
import dev.needle.domain.FieldValue;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Origin;
import dev.needle.domain.PairMerge;
import dev.needle.domain.PairMerge.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One suspected pair side by side, field by field over {@code Contact.FIELDS}, so fields a contact gains
 * later are shown without changes here. Only the fields that differ are listed; for each the user keeps
 * the left value, takes the right one, or (for lists) both. Enter merges: the left contact remains with
 * the chosen values, the right one's history moves to it and the right one goes, as one undo step.
 * Narrower than {@link #SIDE_BY_SIDE} columns the two values stack under the field's name.
 */
record MergeView(String reason, PairMerge<Contact> merge, Cursor cursor) implements View {
    static final String NAME = "Merge";
    static final int SIDE_BY_SIDE = 70;
    /** A long value (notes) shows this many lines per side; the rest is cut with an ellipsis. */
    private static final int MOST_LINES = 3;

    static MergeView of(SuspectedDuplicate pair) {
        return of(pair.reason(), pair.left(), pair.right());
    }

    private static MergeView of(String reason, Contact left, Contact right) {
        PairMerge<Contact> merge = PairMerge.of(Contact.FIELDS, left, right, Contact.capture(left.id(), "-"));
        return new MergeView(reason, merge, Cursor.over(merge.differing().size()));
    }

    private Contact left() {
        return merge.left();
    }

    private Contact right() {
        return merge.right();
    }

    private List<String> fields() {
        return merge.differing();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        List<String> fields = fields();
        Optional<String> field = cursor.isEmpty() ? Optional.empty() : Optional.of(fields.get(cursor.index()));
        boolean joinable = field.map(merge::joinable).orElse(false);
        return Binding.list(cursor.keys(c -> new MergeView(reason, merge, c)),
                // Enter first: at 80 columns the hint bar has room for the first few entries only.
                Binding.on("Enter/Ctrl-S", "merge", (k, s) -> confirm()),
                Binding.on("←/h", "left value", (k, s) -> choose(field.get(), Side.LEFT)).when(field.isPresent()),
                Binding.on("→/l", "right value", (k, s) -> choose(field.get(), Side.RIGHT)).when(field.isPresent()),
                Binding.on("b", "both", (k, s) -> choose(field.get(), Side.BOTH)).when(joinable),
                Binding.on("Space", "next choice", (k, s) -> choose(field.get(), next(field.get())))
                        .when(field.isPresent()).helpOnly(),
                Binding.on("x", "keep the right one instead", (k, s) -> Step.stay(of(reason, right(), left()))
                        .say("Now " + right().name() + " remains and " + left().name() + " is merged into them.")));
    }

    private Side next(String field) {
        Side side = merge.side(field);
        if (side == Side.LEFT) {
            return Side.RIGHT;
        }
        return side == Side.RIGHT && merge.joinable(field) ? Side.BOTH : Side.LEFT;
    }

    private Step choose(String field, Side side) {
        return Step.stay(new MergeView(reason, merge.choose(field, side), cursor));
    }

    private Step confirm() {
        try {
            merge.merged();
        } catch (InvalidValueException impossible) {
            return Step.stay(this).say(impossible.getMessage());
        }
        return Step.stay(this).ask("Merge " + right().name() + " into " + left().name() + "? y/N", this::merged);
    }

    private Step merged(Session session) {
        String what = "merge of " + right().name() + " into " + left().name();
        try {
            Merged done = session.useCases().week().mergeDuplicates().merge(left().id(), right().id(), merge.values());
            Undo.merged(session, what, done.changes());
            return Step.back().say(English.sentence("Merged into " + done.contact().name()) + " u takes it back.");
        } catch (InvalidValueException impossible) {
            return Step.stay(this).say(impossible.getMessage());
        } catch (NotFoundException gone) {
            return Step.back().say("One of the two is gone (another session?); nothing merged.");
        }
    }

    @Override
    public View refreshed(Session session) {
        try {
            Contact l = session.useCases().viewContact().contact(left().id());
            Contact r = session.useCases().viewContact().contact(right().id());
            if (l.equals(left()) && r.equals(right())) {
                return this;
            }
            MergeView fresh = of(reason, l, r);
            PairMerge<Contact> kept = fresh.merge;
            for (String field : kept.differing()) {
                if (merge.choices().containsKey(field) && (merge.side(field) != Side.BOTH || kept.joinable(field))) {
                    kept = kept.choose(field, merge.side(field));
                }
            }
            return new MergeView(reason, kept, cursor.resized(kept.differing().size()));
        } catch (NotFoundException gone) {
            return this;
        }
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> head = new ArrayList<>();
        for (String line : SafeText.wrap("Keep " + left().name() + " and merge " + right().name() + " into them ("
                + reason + ").", width)) {
            head.add(Line.of(line, Style.HEADLINE));
        }
        List<String> fields = fields();
        int same = Contact.FIELDS.names().size() - fields.size();
        head.add(Line.of(SafeText.clip(English.count(fields.size(), "field") + (fields.size() == 1 ? " differs, " : " differ, ")
                + same + (same == 1 ? " is" : " are") + " the same. ← left, → right,"
                + " b both; Enter merges.", width), Style.DIM));
        boolean sideBySide = width >= SIDE_BY_SIDE;
        int label = sideBySide ? Math.min(18, 2 + fields.stream().mapToInt(f -> SafeText.width(f)).max().orElse(4)) : 0;
        // Each column is followed by one blank cell (the renderer's gap), the last one too.
        int column = sideBySide ? Math.max(8, (width - label - 3) / 2) : width - 4;
        if (sideBySide) {
            head.add(Line.of(List.of(Span.column("", label, Style.LABEL),
                    Span.column("Left: " + left().name(), column, Style.LABEL),
                    Span.column("Right: " + right().name(), column, Style.LABEL)), Style.NORMAL));
        }
        List<List<Line>> blocks = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            blocks.add(sideBySide ? sideBySide(fields.get(i), i == cursor.index(), label, column)
                    : stacked(fields.get(i), i == cursor.index(), column));
        }
        List<Line> lines = new ArrayList<>(head);
        if (fields.isEmpty()) {
            lines.add(Line.of("Every field is the same on both: Enter merges them.", Style.DIM));
            return lines.subList(0, Math.min(lines.size(), height));
        }
        int room = Math.max(1, height - head.size());
        int first = 0;
        while (first < cursor.index() && linesOf(blocks, first, cursor.index()) > room) {
            first++;
        }
        for (int i = first; i < blocks.size() && lines.size() + blocks.get(i).size() <= height; i++) {
            lines.addAll(blocks.get(i));
        }
        return lines.subList(0, Math.min(lines.size(), height));
    }

    private static int linesOf(List<List<Line>> blocks, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += blocks.get(i).size();
        }
        return n;
    }

    private List<Line> sideBySide(String field, boolean here, int label, int column) {
        List<String> mine = wrapped(mark(field, Side.LEFT) + shown(Contact.FIELDS.value(left(), field)), column);
        List<String> theirs = wrapped(mark(field, Side.RIGHT) + shown(Contact.FIELDS.value(right(), field)), column);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
            String name = i == 0 ? (here ? "> " : "  ") + labelOf(field) : "";
            lines.add(Line.of(List.of(Span.column(name, label, Style.LABEL),
                    Span.column(i < mine.size() ? mine.get(i) : "", column, style(field, Side.LEFT, here)),
                    Span.column(i < theirs.size() ? theirs.get(i) : "", column, style(field, Side.RIGHT, here))),
                    Style.NORMAL));
        }
        return lines;
    }

    private List<Line> stacked(String field, boolean here, int column) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of((here ? "> " : "  ") + labelOf(field), Style.LABEL));
        for (String line : wrapped(mark(field, Side.LEFT) + "← " + shown(Contact.FIELDS.value(left(), field)), column)) {
            lines.add(Line.of(List.of(Span.of("    "), Span.of(line, style(field, Side.LEFT, here))), Style.NORMAL));
        }
        for (String line : wrapped(mark(field, Side.RIGHT) + "→ " + shown(Contact.FIELDS.value(right(), field)), column)) {
            lines.add(Line.of(List.of(Span.of("    "), Span.of(line, style(field, Side.RIGHT, here))), Style.NORMAL));
        }
        return lines;
    }

    private String mark(String field, Side side) {
        Side chosen = merge.side(field);
        return chosen == side || chosen == Side.BOTH ? "[x] " : "[ ] ";
    }

    private Style style(String field, Side side, boolean here) {
        Side chosen = merge.side(field);
        boolean taken = chosen == side || chosen == Side.BOTH;
        return here && taken ? Style.SELECTED : taken ? Style.NORMAL : Style.DIM;
    }

    private static List<String> wrapped(String text, int columns) {
        List<String> lines = wrap(text, Math.max(4, columns));
        if (lines.isEmpty()) {
            return List.of("");
        }
        if (lines.size() <= MOST_LINES) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, MOST_LINES));
        cut.set(MOST_LINES - 1, SafeText.clip(cut.get(MOST_LINES - 1) + " " + SafeText.ELLIPSIS, Math.max(4, columns)));
        return cut;
    }

    /**
     * Word wrap in which a word wider than the column (a URL) fills the line it starts on and goes on
     * in the next ones, rather than being clipped.
     */
    private static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : SafeText.clean(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int width = SafeText.width(word);
            int gap = used == 0 ? 0 : 1;
            if (used + gap + width > columns && width <= columns) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                gap = 0;
            }
            if (gap == 1) {
                line.append(' ');
                used++;
            }
            for (String cell : SafeText.cells(word)) {
                int w = SafeText.cellWidth(cell);
                if (used + w > columns) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(cell);
                used += w;
            }
        }
        if (used > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String labelOf(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** A value as a person reads it: what the field set holds, never a type's name. */
    static String shown(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(MergeView::shown).orElse("(empty)");
        }
        if (value instanceof Origin origin) {
            List<String> parts = new ArrayList<>();
            origin.event().ifPresent(e -> parts.add("at an event"));
            if (!origin.place().isBlank()) {
                parts.add(origin.place());
            }
            origin.on().ifPresent(d -> parts.add("on " + d));
            origin.introducedBy().ifPresent(c -> parts.add("introduced by contact " + c.value()));
            return parts.isEmpty() ? "(empty)" : String.join(", ", parts);
        }
        if (value instanceof Closure closure) {
            return "on " + closure.on() + ": " + closure.message();
        }
        return new FieldValue("", value).shown();
    }
}
