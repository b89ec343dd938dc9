package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import dev.needle.domain.Draft;
import java.util.ArrayList;
import java.util.List;

/**
 * A kept draft that cannot go back into its form (its record was deleted, or the form cannot be
 * opened alone), shown read-only: c copies the text, d throws the draft away after asking, Esc leaves
 * it kept. {@code why} says which; {@code scroll} is the first row of the text shown.
 */
record KeptDraftView(Draft draft, String why, int scroll) implements View {
    @Override
    public String name() {
        return "Kept draft";
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.on("c", "copy the text", this::act), Binding.on("d", "discard the draft", this::act),
                Binding.on("j/k ↓/↑", "scroll", this::act).helpOnly());
    }

    private Step act(Key key, Session session) {
        if (key.is('c')) {
            return Step.stay(this).say("Copied to the clipboard, if your terminal lets programs set it.")
                    .with(new Effect.Copy(draft.text()));
        }
        if (key.is('d')) {
            return Step.stay(this).ask("Throw this draft away for good? y/N", s -> {
                s.useCases().drafts().discard(draft.id());
                return Step.back().say("Draft thrown away.");
            });
        }
        int by = key.is('j') || key.is(Key.Type.DOWN) ? 1 : key.is('k') || key.is(Key.Type.UP) ? -1 : 0;
        return by == 0 ? Step.unhandled() : Step.stay(new KeptDraftView(draft, why, Math.max(0, scroll + by)));
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        for (String part : SafeText.wrap(why, Math.max(10, width))) {
            lines.add(Line.of(part, Style.HINT));
        }
        lines.add(Line.of(draft.title(), Style.LABEL));
        lines.add(Line.blank());
        List<String> rows = new ArrayList<>();
        for (String paragraph : draft.text().split("\n", -1)) {
            rows.addAll(paragraph.isEmpty() ? List.of("") : SafeText.wrap(paragraph, Math.max(10, width)));
        }
        int first = Math.min(scroll, Math.max(0, rows.size() - 1));
        for (int i = first; i < rows.size() && lines.size() < height; i++) {
            lines.add(Line.of(rows.get(i)));
        }
        return lines;
    }
}
