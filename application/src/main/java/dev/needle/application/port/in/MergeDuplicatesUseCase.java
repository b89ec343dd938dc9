package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Map;

/**
 * Contacts that may be one person, and merging two of them into one: the contact kept takes the values
 * chosen field by field, the other's interactions, meeting requests and the needs it met move to it,
 * and the other is deleted, all in one unit of work whose changes one undo step takes back.
 */
public interface MergeDuplicatesUseCase {
    /** Pairs that share an email, a profile URL or a phone number, or have near names at one company. */
    List<SuspectedDuplicate> suspectedDuplicates();

    /**
     * Merges {@code other} into {@code keep}.
     *
     * @param chosen field name to value (as {@code Contact.FIELDS} names them) for the fields {@code keep}
     *               is to take on; fields not named keep their value
     */
    Merged merge(ContactId keep, ContactId other, Map<String, Object> chosen);

    /** Two contacts (the older on the left), what they share, and that in words ("same email ana@acme.example"). */
    record SuspectedDuplicate(Contact left, Contact right, Shared shared, String reason) {
    }

    /** What makes two contacts look like one person, strongest first. */
    enum Shared { EMAIL, PROFILE_URL, PHONE, SIMILAR_NAME }

    /** The contact that remains, and what the merge did record by record, in order, for undo. */
    record Merged(Contact contact, List<RecordChange> changes) {
        public Merged {
            changes = List.copyOf(changes);
        }
    }
}
