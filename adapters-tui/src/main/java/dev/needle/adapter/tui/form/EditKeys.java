package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Binding;
import java.util.List;

/**
 * The key map entries of a line being typed in (a form's text field, a filter, the palette), for the
 * help and the dispatch: each is listed, and answered, only where it can do something, so ← at the
 * start falls through as it did before there was a cursor. {@link EditLine#after} does the editing.
 */
public final class EditKeys {
    private EditKeys() {
    }

    /**
     * {@code ctrlEEnds}: whether Ctrl-E goes to the end (a notes field opens the editor with it);
     * {@code cleared}: what Ctrl-U is said to do here.
     */
    public static List<Binding> bindings(EditLine line, boolean ctrlEEnds, String cleared, Binding.Handler handler) {
        boolean some = !line.text().isEmpty();
        boolean before = line.cursor() > 0;
        boolean after = !line.atEnd();
        return List.of(Binding.on("←/→", "move in the text", handler).when(some).helpOnly(),
                Binding.on("Ctrl-←/Ctrl-→", "a word left/right", handler).when(some).helpOnly(),
                Binding.on("Home/Ctrl-A", "to the start", handler).when(before).helpOnly(),
                Binding.on(ctrlEEnds ? "End/Ctrl-E" : "End", "to the end", handler).when(after).helpOnly(),
                Binding.on("Backspace", "erase before cursor", handler).when(before).helpOnly(),
                Binding.on("Del/Ctrl-D", "erase at cursor", handler).when(after).helpOnly(),
                Binding.on("Ctrl-W", "erase the word before", handler).when(before).helpOnly(),
                Binding.on("Ctrl-K", "erase to the end", handler).when(after).helpOnly(),
                Binding.on("Ctrl-U", cleared, handler).when(some).helpOnly());
    }
}
