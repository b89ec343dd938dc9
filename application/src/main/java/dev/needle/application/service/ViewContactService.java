package dev.needle.application.service;

import dev.needle.application.port.in.ViewContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;

/** Shows one contact with its interactions and meeting requests. */
public final class ViewContactService implements ViewContactUseCase {
    private final ContactStore contacts;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;

    public ViewContactService(ContactStore contacts, InteractionStore interactions, MeetingRequestStore requests) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.requests = requests;
    }

    @Override
    public ContactDetail viewContact(ContactId id) {
        return new ContactDetail(Records.contact(contacts, id), interactions.findByContact(id), requests.findByContact(id));
    }

    /** No history read: a list of requests needs one name per row, not every interaction of each person. */
    @Override
    public Contact contact(ContactId id) {
        return Records.contact(contacts, id);
    }
}
