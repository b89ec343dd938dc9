package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import java.util.List;
import java.util.Optional;

/** One contact with its history: interactions and meeting requests, newest first, and the event you met at. */
public interface ViewContactUseCase {
    ContactDetail viewContact(ContactId id);

    /** Just the contact, without its history: for lists that show one person per row. */
    default Contact contact(ContactId id) {
        return viewContact(id).contact();
    }

    /**
     * {@code metAt} is the name of the event the contact's origin names, while that event exists;
     * {@code expectedAt} the events that expect them there, by date.
     */
    record ContactDetail(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests,
                         Optional<String> metAt, List<Event> expectedAt) {
        public ContactDetail {
            interactions = List.copyOf(interactions);
            requests = List.copyOf(requests);
            metAt = metAt == null ? Optional.empty() : metAt;
            expectedAt = List.copyOf(expectedAt);
        }

        public ContactDetail(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests,
                             Optional<String> metAt) {
            this(contact, interactions, requests, metAt, List.of());
        }
    }
}
