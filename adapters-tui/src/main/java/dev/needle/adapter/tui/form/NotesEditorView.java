package dev.needle.adapter.tui.form;

import dev.needle.adapter.tui.core.Binding;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Line;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.Style;
import dev.needle.adapter.tui.core.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.needle.domain.Draft;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The built-in multi-line editor, for when no $VISUAL or $EDITOR is set: the text wraps at the
 * window's width, the cursor moves over it as in any editor (↑/↓ keep the column they started from,
 * {@code goal}) and typing goes in where it stands; Enter breaks the line, Ctrl-S keeps the text, Esc
 * leaves it as it was ({@code opened}), asking first when it changed, as a form does. {@code top} is
 * the first row shown: the view scrolls only as far as the cursor needs to stay in sight.
 */
public record NotesEditorView(String title, String opened, EditText edit, int goal, int top,
                              BiFunction<String, Session, Step> onSave, Function<Session, Step> onCancel,
                              Function<String, Optional<Draft>> keeping) implements View {

    public NotesEditorView {
        keeping = keeping == null ? text -> Optional.empty() : keeping;
    }

    /** Opens on {@code text} with the cursor at its end, where a new line is usually added. */
    public NotesEditorView(String title, String text, BiFunction<String, Session, Step> onSave,
                           Function<Session, Step> onCancel) {
        this(title, EditText.atEnd(text).text(), EditText.atEnd(text), -1, 0, onSave, onCancel, null);
    }

    /**
     * The same editor, keeping what is typed as {@code draft} says when the session ends unsaved (the
     * notes alone, or the whole form the editor was opened from); by default nothing is kept.
     */
    public NotesEditorView keptAs(Function<String, Optional<Draft>> draft) {
        return new NotesEditorView(title, opened, edit, goal, top, onSave, onCancel, draft);
    }

    /** The same editor holding {@code text} (a reopened draft), the cursor at its end; Esc asks before leaving it. */
    public NotesEditorView holding(String text) {
        return new NotesEditorView(title, opened, EditText.atEnd(text), -1, 0, onSave, onCancel, keeping);
    }

    @Override
    public Optional<Draft> unsaved() {
        return keeping.apply(edit.text());
    }

    public String text() {
        return edit.text();
    }

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
        boolean some = !edit.text().isEmpty();
        boolean before = edit.cursor() > 0;
        boolean after = !edit.atEnd();
        return List.of(Binding.typing("text", this::act).helpOnly(), Binding.on("Enter", "new line", this::act),
                Binding.on("←/→", "move in the text", this::act).when(some).helpOnly(),
                Binding.on("↑/↓", "a row up/down", this::act).when(some).helpOnly(),
                Binding.on("Ctrl-←/Ctrl-→", "a word left/right", this::act).when(some).helpOnly(),
                Binding.on("Home/Ctrl-A", "to the line's start", this::act).when(some).helpOnly(),
                Binding.on("End/Ctrl-E", "to the line's end", this::act).when(some).helpOnly(),
                Binding.on("PgUp/PgDn", "a page up/down", this::act).when(some).helpOnly(),
                Binding.on("Backspace", "erase before cursor", this::act).when(before).helpOnly(),
                Binding.on("Del/Ctrl-D", "erase at cursor", this::act).when(after).helpOnly(),
                Binding.on("Ctrl-W", "erase the word before", this::act).when(before).helpOnly(),
                Binding.on("Ctrl-K", "erase to the line's end", this::act).when(after).helpOnly(),
                Binding.on("Ctrl-U", "erase to the line's start", this::act).when(before).helpOnly(),
                Binding.on("Esc", "cancel", this::act), Binding.on("Ctrl-S", "keep", this::act));
    }

    private Step act(Key key, Session session) {
        if (key.isCtrl('s')) {
            return onSave.apply(edit.text(), session);
        }
        if (key.is(Key.Type.ESCAPE)) {
            return edit.text().equals(opened) ? onCancel.apply(session)
                    : Step.stay(this).ask("Throw away what you typed? y/N", onCancel);
        }
        int shown = textRows(session.height());
        int by = switch (key.type()) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -Math.max(1, shown - 1);
            case PAGE_DOWN -> Math.max(1, shown - 1);
            default -> 0;
        };
        if (by != 0) {
            // Up and down keep the column they started from, as editors do, across shorter rows.
            WrappedRows rows = WrappedRows.of(edit.text(), session.width());
            int column = goal >= 0 ? goal : rows.columnOf(edit.cursor());
            int row = rows.rowOf(edit.cursor()) + by;
            EditText moved = row < 0 ? edit.at(0)
                    : row >= rows.size() ? edit.at(edit.text().length()) : edit.at(rows.offsetAt(row, column));
            return Step.stay(shown(moved, column, session));
        }
        return Step.stay(edit.after(key).map(e -> shown(e, -1, session)).orElse(this));
    }

    /** The view after a key: the new text and cursor, scrolled so the cursor stays in sight. */
    private NotesEditorView shown(EditText next, int newGoal, Session session) {
        WrappedRows rows = WrappedRows.of(next.text(), session.width());
        int scrolled = scrolled(top, rows.rowOf(next.cursor()), rows.size(), textRows(session.height()));
        return new NotesEditorView(title, opened, next, newGoal, scrolled, onSave, onCancel, keeping);
    }

    /** The first row to show: as before, unless the cursor went out of sight or rows went away below. */
    private static int scrolled(int top, int cursorRow, int rows, int height) {
        int first = Math.min(top, Math.max(0, rows - height));
        first = Math.max(first, cursorRow - height + 1);
        return Math.max(0, Math.min(first, cursorRow));
    }

    /** The rows the text has on a body {@code height} rows high, under the line that says which editor this is. */
    private static int textRows(int height) {
        return Math.max(1, height - 1);
    }

    @Override
    public List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("No $VISUAL or $EDITOR set: the built-in editor. Ctrl-S keeps, Esc cancels.", Style.DIM));
        WrappedRows rows = WrappedRows.of(edit.text(), width);
        int shown = textRows(height);
        int first = scrolled(top, rows.rowOf(edit.cursor()), rows.size(), shown);
        for (int i = first; i < Math.min(rows.size(), first + shown); i++) {
            lines.add(rows.line(i, edit.cursor(), Style.NORMAL, Style.SELECTED));
        }
        return lines;
    }
}
