package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import java.util.List;

/**
 * Deletes a contact with its interactions and meeting requests, handing back everything removed so
 * an undo can put it all back under the same ids.
 */
public interface DeleteContactUseCase {
    Removed delete(ContactId contact);

    /** Stores the removed contact, its interactions and requests again, as they were. */
    Contact restore(Removed removed);

    record Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests) {
        public Removed {
            interactions = List.copyOf(interactions);
            requests = List.copyOf(requests);
        }
    }
}
