package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import java.util.List;
import java.util.Optional;

/**
 * Deletes a contact with its interactions, meeting requests and keep-in-touch settings, handing back
 * everything removed so an undo can put it all back under the same ids.
 */
public interface DeleteContactUseCase {
    Removed delete(ContactId contact);

    /** Stores the removed contact, its interactions, requests and keep-in-touch settings again, as they were. */
    Contact restore(Removed removed);

    record Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests,
                   Optional<KeepInTouch> keepInTouch) {
        public Removed {
            interactions = List.copyOf(interactions);
            requests = List.copyOf(requests);
            keepInTouch = keepInTouch == null ? Optional.empty() : keepInTouch;
        }

        /** A contact removed without keep-in-touch settings of their own. */
        public Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests) {
            this(contact, interactions, requests, Optional.empty());
        }
    }
}
