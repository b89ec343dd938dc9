package dev.needle.application.service;

import dev.needle.application.port.in.EditContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;

/** Saves a contact edited in full; the store refuses it when the copy edited was stale. */
public final class EditContactService implements EditContactUseCase {
    private final ContactStore contacts;

    public EditContactService(ContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public Contact editContact(Contact edited) {
        // Deleted in another session: say so, rather than re-creating it or reporting a conflict.
        Records.contact(contacts, edited.id());
        return contacts.save(edited);
    }
}
