package dev.needle.application.service;

import dev.needle.application.port.in.ViewContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;

/** Shows one contact with its interactions and meeting requests, the event you met them at and those they are expected at. */
public final class ViewContactService implements ViewContactUseCase {
    private final ContactStore contacts;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;
    private final EventStore events;

    public ViewContactService(ContactStore contacts, InteractionStore interactions, MeetingRequestStore requests,
                              EventStore events) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.requests = requests;
        this.events = events;
    }

    @Override
    public ContactDetail viewContact(ContactId id) {
        Contact contact = Records.contact(contacts, id);
        return new ContactDetail(contact, interactions.findByContact(id), requests.findByContact(id),
                contact.origin().event().flatMap(events::find).map(Event::name),
                events.findAll().stream().filter(e -> e.expected().contains(id)).toList());
    }

    /** No history read: a list of requests needs one name per row, not every interaction of each person. */
    @Override
    public Contact contact(ContactId id) {
        return Records.contact(contacts, id);
    }
}
