package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.PrivateNote;
import java.util.List;
import java.util.Optional;

/**
 * Deletes a contact with its interactions, meeting requests, keep-in-touch settings and every author's
 * private notes, handing back everything removed so an undo can put it all back under the same ids.
 * The private notes travel only inside {@link Removed}, to be restored; nothing shows them.
 */
public interface DeleteContactUseCase {
    Removed delete(ContactId contact);

    /** Stores the removed contact, its interactions, requests and keep-in-touch settings again, as they were. */
    Contact restore(Removed removed);

    record Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests,
                   Optional<KeepInTouch> keepInTouch, List<PrivateNote> privateNotes) {
        public Removed {
            interactions = List.copyOf(interactions);
            requests = List.copyOf(requests);
            keepInTouch = keepInTouch == null ? Optional.empty() : keepInTouch;
            privateNotes = privateNotes == null ? List.of() : List.copyOf(privateNotes);
        }

        /** A contact removed without private notes. */
        public Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests,
                       Optional<KeepInTouch> keepInTouch) {
            this(contact, interactions, requests, keepInTouch, List.of());
        }

        /** A contact removed without keep-in-touch settings of their own. */
        public Removed(Contact contact, List<Interaction> interactions, List<MeetingRequest> requests) {
            this(contact, interactions, requests, Optional.empty(), List.of());
        }
    }
}
