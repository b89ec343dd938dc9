package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Cursor;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Span;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.Field;
import dev.needle.adapter.tui.form.FormView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shown in place of an edit form whose save met another session's save of the same record: each field
 * both sessions changed, the user's value beside the stored one, to keep or take one by one. Fields only
 * one side changed are already merged. Enter saves the result on the stored version; Esc goes back to
 * the form with everything typed.
 *
 * @param what   what happened to the record, as the headline says it: "Maria Lopez was changed by Bob at 10:42
 *               while you typed."
 * @param merged every field's value with the one-sided changes applied; the clashes override it
 */
record ConflictView(String what, FormView mine, FormView theirs, Map<String, String> merged, List<Clash> clashes,
                    Cursor cursor) implements View {
    static final String NAME = "Changed meanwhile";

    /** Which value of a clash is saved: notes can keep both, one after the other. */
    enum Keep { YOURS, THEIRS, BOTH }

    /** A field both sides changed, differently. */
    record Clash(String key, String label, String yours, String theirs, Keep keep) {
        Clash toggled() {
            return keeping(keep == Keep.YOURS ? Keep.THEIRS : Keep.YOURS);
        }

        Clash keeping(Keep kept) {
            return new Clash(key, label, yours, theirs, kept);
        }

        /** Notes are text two partners add to; either value alone would throw one partner's words away. */
        boolean canKeepBoth() {
            return key.equals("notes");
        }

        boolean keepsYours() {
            return keep != Keep.THEIRS;
        }

        boolean keepsTheirs() {
            return keep != Keep.YOURS;
        }

        String chosen() {
            return switch (keep) {
                case YOURS -> yours;
                case THEIRS -> theirs;
                case BOTH -> yours.strip() + "\n" + theirs.strip();
            };
        }
    }

    ConflictView {
        merged = Map.copyOf(merged);
        clashes = List.copyOf(clashes);
    }

    /**
     * Compares what the user typed ({@code mine}, opened with {@code original}) with the record as stored
     * now ({@code theirs}); saves at once when no field clashes, else asks field by field.
     */
    static Step compare(String what, Map<String, String> original, FormView mine, FormView theirs, Session session) {
        Optional<ConflictView> clashing = between(what, original, mine, theirs);
        if (clashing.isEmpty()) {
            ConflictView view = merged(what, original, mine, theirs);
            Step saved = view.save(session);
            return saved.say(saved.message().orElse("") + " What the other session changed is kept too.");
        }
        // The headline above the fields names the record; the message line stays short enough for 80 columns.
        return Step.stay(clashing.get()).say("Both of you changed a field: keep yours or take theirs, then Enter saves.");
    }

    /** The fields both changed, side by side to choose from; empty when none clashes (the merge can be saved as it is). */
    static Optional<ConflictView> between(String what, Map<String, String> original, FormView mine, FormView theirs) {
        ConflictView view = merged(what, original, mine, theirs);
        return view.clashes.isEmpty() ? Optional.empty() : Optional.of(view);
    }

    private static ConflictView merged(String what, Map<String, String> original, FormView mine, FormView theirs) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<Clash> clashes = new ArrayList<>();
        for (Field field : theirs.fields()) {
            String stored = field.value();
            String typed = mine.values().getOrDefault(field.key(), stored);
            String before = original.getOrDefault(field.key(), stored);
            if (typed.equals(stored) || typed.equals(before)) {
                merged.put(field.key(), stored);
            } else if (stored.equals(before)) {
                merged.put(field.key(), typed);
            } else {
                merged.put(field.key(), stored);
                clashes.add(new Clash(field.key(), field.label(), typed, stored, Keep.YOURS));
            }
        }
        return new ConflictView(what, mine, theirs, merged, clashes, Cursor.over(clashes.size()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        return Binding.list(cursor.keys(c -> new ConflictView(what, mine, theirs, merged, clashes, c)),
                // Enter first: at 80 columns the hint bar has room for the first few entries only.
                Binding.on("Enter/Ctrl-S", "save", (k, s) -> save(s)),
                Binding.on("Space ←/→", "yours/theirs", (k, s) -> Step.stay(choose(clashes.get(cursor.index()).toggled()))),
                Binding.on("b", "keep both", (k, s) -> Step.stay(choose(clashes.get(cursor.index()).keeping(Keep.BOTH))))
                        .when(!clashes.isEmpty() && clashes.get(cursor.index()).canKeepBoth()),
                Binding.on("m", "keep mine", (k, s) -> Step.stay(choose(clashes.get(cursor.index()).keeping(Keep.YOURS)))),
                Binding.on("o", "take theirs", (k, s) -> Step.stay(choose(clashes.get(cursor.index()).keeping(Keep.THEIRS)))),
                Binding.on("Esc/q", "back to your form", (k, s) -> Step.stay(mine).say("Back to what you typed; nothing saved yet.")));
    }

    @Override
    public Step handle(Key key, Session session) {
        Step step = Binding.dispatch(bindings(), key, session);
        if (step.isHandled() || key.is('?') || key.is(Key.Type.F1) || key.isCtrl('c') || key.isCtrl('l')) {
            return step;
        }
        // Screen jumps and undo would drop what was typed: here only the keys above act.
        return Step.stay(this);
    }

    private ConflictView choose(Clash chosen) {
        List<Clash> updated = new ArrayList<>(clashes);
        updated.set(cursor.index(), chosen);
        return new ConflictView(what, mine, theirs, merged, updated, cursor);
    }

    /** Saves the merged values through the form over the stored version: checked, and compared again if need be. */
    private Step save(Session session) {
        Map<String, String> values = new LinkedHashMap<>(merged);
        clashes.forEach(c -> values.put(c.key(), c.chosen()));
        List<Field> fields = theirs.fields().stream().map(f -> f.withValue(values.get(f.key()))).toList();
        FormView chosen = new FormView(theirs.name(), theirs.intro(), fields, 0, true, theirs.enterSaves(),
                theirs.saver(), theirs.escape(), theirs.place());
        return chosen.save(session);
    }

    /** What the user typed in the form, kept if the session ends while they compare it with the stored one. */
    @Override
    public java.util.Optional<dev.needle.domain.Draft> unsaved() {
        return mine.unsaved();
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        for (String part : dev.needle.adapter.tui.text.SafeText.wrap(what, Math.max(10, width))) {
            lines.add(Line.of(part, Style.HEADLINE));
        }
        lines.add(Line.of("Fields only one of you changed are merged already. Both changed:", Style.DIM));
        lines.add(Line.blank());
        int label = 16;
        int value = Math.max(8, (width - label - 8) / 2);
        lines.add(Line.of(List.of(Span.column("", label, Style.LABEL), Span.column("  yours", value + 2, Style.LABEL),
                Span.column("  theirs", value + 2, Style.LABEL)), Style.NORMAL));
        for (int i = 0; i < clashes.size(); i++) {
            Clash c = clashes.get(i);
            boolean here = i == cursor.index();
            lines.add(Line.of(List.of(Span.column((here ? "> " : "  ") + c.label(), label, Style.LABEL),
                    Span.column((c.keepsYours() ? "[x] " : "[ ] ") + c.yours(), value + 2,
                            here && c.keepsYours() ? Style.SELECTED : Style.NORMAL),
                    Span.column((c.keepsTheirs() ? "[x] " : "[ ] ") + c.theirs(), value + 2,
                            here && c.keepsTheirs() ? Style.SELECTED : Style.NORMAL)), Style.NORMAL));
        }
        if (!clashes.isEmpty()) {
            // The columns cut long values; the selected one is shown whole, so nobody chooses blind.
            Clash selected = clashes.get(cursor.index());
            lines.add(Line.blank());
            whole(lines, "Yours:", selected.yours(), width);
            whole(lines, "Theirs:", selected.theirs(), width);
            if (selected.canKeepBoth()) {
                lines.add(Line.of("b keeps both notes, yours first.", Style.DIM));
            }
        }
        return lines.subList(0, Math.min(lines.size(), height));
    }

    private static void whole(List<Line> lines, String title, String value, int width) {
        lines.add(Line.of(title, Style.LABEL));
        for (String paragraph : value.split("\n")) {
            for (String row : dev.needle.adapter.tui.text.SafeText.wrap(paragraph, Math.max(8, width - 2))) {
                lines.add(Line.of("  " + row, Style.NORMAL));
            }
        }
    }
}
