package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.form.DraftPlace;
import dev.needle.adapter.tui.form.NotesEditorView;
import dev.needle.domain.Draft;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Opens a record's notes in {@code $VISUAL}/{@code $EDITOR}, or in the built-in multi-line editor when
 * none is set; {@code save} stores the new text (and records the undo step) and says what happened.
 */
final class NotesInEditor {
    private NotesInEditor() {
    }

    static Step open(String title, String notes, Session session, BiFunction<String, Session, Step> save,
                     DraftPlace place) {
        Optional<String> edited = session.editor().edit(notes);
        if (edited.isPresent()) {
            // The external editor drew over the whole terminal: redraw everything.
            return save.apply(edited.get(), session).with(new Effect.Repaint());
        }
        return Step.open(builtIn(title, notes, save, place));
    }

    /**
     * The built-in editor on {@code notes}: what is typed in it that differs from them is kept as a
     * draft of {@code place} if the session ends before Ctrl-S or Esc.
     */
    static NotesEditorView builtIn(String title, String notes, BiFunction<String, Session, Step> save, DraftPlace place) {
        return new NotesEditorView(title, notes, (text, s) -> {
            Step saved = save.apply(text, s);
            return Step.back().say(saved.message().orElse(""));
        }, s -> Step.back()).keptAs(text -> text.equals(notes) ? Optional.empty()
                : Optional.of(place.draft(title, List.of(new Draft.Entry("notes", "Notes", text)), 0)));
    }
}
