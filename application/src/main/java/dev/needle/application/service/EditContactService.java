package dev.needle.application.service;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.in.EditContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.FieldSet;

/**
 * Saves a contact edited in full. With the copy the edit started from, a save that finds a newer
 * version stored merges: the fields this edit changed go onto the stored record.
 */
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

    @Override
    public Contact editContact(Contact base, Contact edited) {
        Contact stored = Records.contact(contacts, edited.id());
        if (stored.version() == base.version()) {
            return contacts.save(edited.withVersion(base.version()));
        }
        FieldSet.Merge<Contact> merge = Contact.FIELDS.merge(base, edited, stored);
        Contact merged = merge.merged().orElseThrow(() ->
                new EditConflictException("contact", stored.id().value(), stored.name(), merge.conflicts()));
        return contacts.save(merged);
    }
}
