package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.adapter.tui.form.NotesEditorView;
import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.Contact;
import java.util.List;

/**
 * The contact page's private note: the acting person's own, edited in {@code $EDITOR} or the built-in
 * editor, saved as one undo step. The page never holds anyone else's.
 */
final class PrivateNoteKeys {
    /** How the page labels it, so nobody takes it for the shared notes. */
    static final String LABEL = "Private note (only you see it)";

    private PrivateNoteKeys() {
    }

    static Step edit(Contact contact, String mine, View page, Session session) {
        return NotesInEditor.open(title(contact), mine, session, (text, s) -> save(contact, text, page, s),
                Drafted.about(Drafted.PRIVATE_NOTE, contact));
    }

    /** The built-in editor on my note, keeping what is typed as the draft {@code draftId}. */
    static NotesEditorView editor(Contact contact, String mine, View page, String draftId) {
        return NotesInEditor.builtIn(title(contact), mine, (text, s) -> save(contact, text, page, s),
                Drafted.about(Drafted.PRIVATE_NOTE, contact).reopened(draftId));
    }

    private static String title(Contact contact) {
        return "Private note on " + contact.name() + " (only you see it)";
    }

    private static Step save(Contact contact, String text, View page, Session session) {
        List<RecordChange> changed = session.useCases().privateNotes().write(contact.id(), text);
        if (changed.isEmpty()) {
            return Step.stay(page).say("Private note unchanged.");
        }
        session.undo().record("private note on " + contact.name(), changed);
        return Step.stay(page.refreshed(session)).say(text.isBlank() ? "Private note removed." : "Private note saved.");
    }
}
