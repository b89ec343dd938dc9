package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.adapter.tui.core.Step;
import dev.needle.adapter.tui.core.View;
import dev.needle.application.port.in.RecordChange;
import dev.needle.domain.Contact;
import dev.needle.domain.Draft;
import java.util.List;
import java.util.Optional;

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

    /**
     * The built-in editor on my note, holding what {@code draft} kept; both texts to choose from when my
     * note changed since in another of my sessions (when is not noted for a private note).
     */
    static View reopened(Contact contact, String mine, View page, Draft draft, Session session) {
        return NotesInEditor.reopened("Your private note on " + contact.name(), title(contact), mine, draft,
                Optional.empty(), session, (text, s) -> save(contact, text, page, s),
                Drafted.about(Drafted.PRIVATE_NOTE, contact));
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
