package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.DraftPlace;
import dev.needle.adapter.tui.form.NotesEditorView;
import dev.needle.domain.Draft;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
     * The built-in editor on {@code notes}, the record's notes now, holding what {@code draft} kept: as it
     * was when nobody changed the notes meanwhile; otherwise both texts to choose from ({@link NotesChangedView}),
     * so a reopened draft never writes over what another session saved. {@code whose} names the notes in a
     * sentence ("Rita Sousa's notes"), {@code changedAt} is when the record last changed, if known.
     */
    static View reopened(String whose, String title, String notes, Draft draft, Optional<LocalDateTime> changedAt,
                         Session session, BiFunction<String, Session, Step> save, DraftPlace place) {
        Function<String, View> holding = text -> builtIn(title, notes, save, place.reopened(draft.id())).holding(text);
        if (!draft.changedUnder("notes", notes)) {
            return holding.apply(draft.value("notes"));
        }
        LocalDate today = session.useCases().week().today().date();
        return new NotesChangedView(Drafted.changedMeanwhile(whose, draft, changedAt, today), notes, draft,
                Drafted.when(draft, today), holding, 0);
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
                : Optional.of(place.draft(title, List.of(new Draft.Entry("notes", "Notes", text, Optional.of(notes))), 0)));
    }
}
