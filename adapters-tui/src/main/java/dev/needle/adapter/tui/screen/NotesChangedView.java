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
import java.util.function.Function;

/**
 * A notes draft reopened after another session saved those notes: both texts side by side, one above
 * the other, and nothing saved until the user chooses. Enter puts both in the editor (their notes, then
 * what this draft added, or the whole draft after a blank line), m only the draft, to save over theirs
 * on purpose; o keeps theirs and throws the draft away after asking; Esc leaves the draft kept for later.
 *
 * @param headline what happened: "Rita Sousa's notes changed in another session at 16:14, after this draft was kept."
 * @param theirs   the notes as stored now
 * @param kept     when the draft was kept, as the user reads it ("today 16:10")
 * @param editor   the notes editor over {@code theirs}, holding the text given, answering for the draft
 * @param scroll   the first row of the two texts shown
 */
record NotesChangedView(String headline, String theirs, Draft draft, String kept, Function<String, View> editor,
                        int scroll) implements View {
    static final String NAME = "Changed meanwhile";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Binding> bindings() {
        // Enter first: at 80 columns the hint bar has room for the first few entries only.
        return List.of(Binding.on("Enter", "both, in the editor", (k, s) -> Step.stay(editor.apply(draft.joinedWith("notes", theirs)))
                        .say("Both are in the editor: make them one, then Ctrl-S saves.")),
                Binding.on("m", "mine only", (k, s) -> Step.stay(editor.apply(draft.value("notes")))
                        .say("Only your draft: Ctrl-S saves it over their notes.")),
                Binding.on("o", "keep theirs", this::dropMine),
                Binding.on("c", "copy mine", (k, s) -> Step.stay(this)
                        .say("Copied to the clipboard, if your terminal lets programs set it.")
                        .with(new Effect.Copy(draft.value("notes")))),
                Binding.on("Esc", "later", (k, s) -> Step.back().say("Your draft stays kept; R reopens it.")),
                Binding.on("j/k ↓/↑", "scroll", this::scrolled).helpOnly());
    }

    private Step dropMine(Key key, Session session) {
        return Step.stay(this).ask("Keep their notes and throw your draft away? y/N", s -> {
            s.useCases().drafts().discard(draft.id());
            return Step.back().say("Their notes kept; your draft thrown away.");
        });
    }

    private Step scrolled(Key key, Session session) {
        int by = key.is('j') || key.is(Key.Type.DOWN) ? 1 : key.is('k') || key.is(Key.Type.UP) ? -1 : 0;
        return by == 0 ? Step.unhandled()
                : Step.stay(new NotesChangedView(headline, theirs, draft, kept, editor, Math.max(0, scroll + by)));
    }

    @Override
    public List<Line> body(int width, int height) {
        int room = Math.max(10, width);
        List<Line> lines = new ArrayList<>();
        for (String part : SafeText.wrap(headline, room)) {
            lines.add(Line.of(part, Style.HEADLINE));
        }
        lines.add(Line.of("Nothing is saved yet.", Style.DIM));
        lines.add(Line.blank());
        List<Line> texts = new ArrayList<>();
        texts.add(Line.of("Their notes now:", Style.LABEL));
        paragraphs(texts, theirs, room);
        texts.add(Line.blank());
        texts.add(Line.of("Your draft, kept " + kept + ":", Style.LABEL));
        paragraphs(texts, draft.value("notes"), room);
        int first = Math.min(scroll, Math.max(0, texts.size() - 1));
        for (int i = first; i < texts.size() && lines.size() < height; i++) {
            lines.add(texts.get(i));
        }
        return lines.subList(0, Math.min(lines.size(), height));
    }

    private static void paragraphs(List<Line> lines, String text, int width) {
        if (text.isBlank()) {
            lines.add(Line.of("(empty)", Style.DIM));
            return;
        }
        for (String paragraph : text.split("\n", -1)) {
            for (String row : paragraph.isEmpty() ? List.of("") : SafeText.wrap(paragraph, width)) {
                lines.add(Line.of(row));
            }
        }
    }
}
