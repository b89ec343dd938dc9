package dev.needle.application.service;

import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Deletes a contact with its history, keep-in-touch settings and private notes, and restores exactly that when asked to. */
public final class DeleteContactService implements DeleteContactUseCase {
    private final ContactStore contacts;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;
    private final KeepInTouchStore keepInTouch;
    private final PrivateNoteStore privateNotes;
    private final Transactions transactions;

    public DeleteContactService(ContactStore contacts, InteractionStore interactions, MeetingRequestStore requests,
                                KeepInTouchStore keepInTouch, PrivateNoteStore privateNotes, Transactions transactions) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.requests = requests;
        this.keepInTouch = keepInTouch;
        this.privateNotes = privateNotes;
        this.transactions = transactions;
    }

    @Override
    public Removed delete(ContactId id) {
        return transactions.inTransaction(() -> {
            Contact contact = Records.contact(contacts, id);
            // Read before deleting: the store removes the history together with the contact.
            Removed removed = new Removed(contact, interactions.findByContact(id), requests.findByContact(id),
                    keepInTouch.find(id), privateNotes.onContact(id));
            contacts.delete(id);
            return removed;
        });
    }

    @Override
    public Contact restore(Removed removed) {
        return transactions.inTransaction(() -> {
            Contact back = contacts.save(removed.contact().withVersion(0));
            // Oldest first, so the stores hand them back in the order they had.
            List<Interaction> history = new ArrayList<>(removed.interactions());
            Collections.reverse(history);
            history.forEach(interactions::add);
            List<MeetingRequest> asked = new ArrayList<>(removed.requests());
            Collections.reverse(asked);
            asked.forEach(r -> requests.save(r.withVersion(0)));
            removed.keepInTouch().ifPresent(keepInTouch::save);
            removed.privateNotes().forEach(privateNotes::save);
            return back;
        });
    }
}
