package dev.needle.adapter.tui.screen;

import dev.needle.adapter.tui.core.Session;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;

/**
 * Records in the session's undo log how to take a change back. Called by the screen making the
 * change, with the record as it was before, so undo re-saves those values over the newer version.
 */
final class Undo {
    private Undo() {
    }

    static void contact(Session session, Contact before, String what) {
        session.undo().record(what, () -> session.useCases().week().revert().revertContact(before));
    }

    static void need(Session session, Need before, String what) {
        session.undo().record(what, () -> session.useCases().week().revert().revertNeed(before));
    }

    /** A decline changed the request and closed the contact; both go back. */
    static void decline(Session session, MeetingRequest request, Contact contact) {
        session.undo().record("decline of " + contact.name(), () -> {
            session.useCases().week().revert().revertRequest(request);
            session.useCases().week().revert().revertContact(contact);
        });
    }
}
