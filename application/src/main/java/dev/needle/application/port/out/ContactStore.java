package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Optional;

/**
 * Stores contacts. {@link #save} inserts a contact whose version is 0 and otherwise updates it only
 * if the stored version equals the given one, returning the contact with its new version; a stale
 * version raises {@link dev.needle.application.EditConflictException}.
 */
public interface ContactStore {
    Optional<Contact> find(ContactId id);

    /** Every contact, ordered by id. */
    List<Contact> findAll();

    Contact save(Contact contact);

    /** Removes the contact, its interactions and meeting requests; false when it did not exist. */
    boolean delete(ContactId id);
}
