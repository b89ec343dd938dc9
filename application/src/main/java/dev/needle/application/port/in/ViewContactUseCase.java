package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import java.util.List;

/** One contact with its history: interactions and meeting requests, newest first. */
public interface ViewContactUseCase {
    ContactDetail viewContact(ContactId id);

    /** Just the contact, without its history: for lists that show one person per row. */
    default Contact contact(ContactId id) {
        return viewContact(id).contact();
    }

    record ContactDetail(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests) {
        public ContactDetail {
            interactions = List.copyOf(interactions);
            requests = List.copyOf(requests);
        }
    }
}
