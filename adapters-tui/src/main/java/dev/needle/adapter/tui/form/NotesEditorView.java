package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The built-in multi-line editor, for when no $VISUAL or $EDITOR is set: typing goes at the end,
 * Enter starts a new line, Backspace removes the last character, Ctrl-S keeps the text, Esc leaves it
 * as it was.
 */
public record NotesEditorView(String title, String text, BiFunction<String, Session, Step> onSave,
                              Function<Session, Step> onCancel) implements View {

    @Override
    public String name() {
        return title;
    }

    @Override
    public boolean capturesText() {
        return true;
    }

    @Override
    public List<Binding> bindings() {
        return List.of(Binding.typing("text", this::act).helpOnly(), Binding.on("Enter", "new line", this::act),
                Binding.on("Backspace", "erase", this::act).when(!text.isEmpty()).helpOnly(), Binding.on("Esc", "cancel", this::act),
                Binding.on("Ctrl-S", "keep", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.isCtrl('s')) {
            return onSave.apply(text, session);
        }
        if (key.is(Key.Type.ESCAPE)) {
            return onCancel.apply(session);
        }
        if (key.is(Key.Type.ENTER)) {
            return Step.stay(with(text + "\n"));
        }
        if (key.is(Key.Type.BACKSPACE) && !text.isEmpty()) {
            return Step.stay(with(text.substring(0, text.offsetByCodePoints(text.length(), -1))));
        }
        if (key.isText()) {
            return Step.stay(with(text + key.ch()));
        }
        return Step.stay(this);
    }

    private NotesEditorView with(String newText) {
        return new NotesEditorView(title, newText, onSave, onCancel);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("No $VISUAL or $EDITOR set: the built-in editor. Ctrl-S keeps, Esc cancels.", Style.DIM));
        String[] rows = (text + "_").split("\n", -1);
        // The end of the text is where typing goes, so the window keeps the last lines in view.
        int first = Math.max(0, rows.length - (height - 1));
        for (int i = first; i < rows.length; i++) {
            lines.add(Line.of(SafeText.tail(rows[i], Math.max(1, width))));
        }
        return lines;
    }
}
