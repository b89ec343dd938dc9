package dev.needle.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the known contact an incoming record is the same person as. Every contact is indexed once by
 * all its {@link DuplicateKey}s, so matching a record costs a few map look-ups however many are known.
 */
public final class ContactMatcher {
    private final Map<DuplicateKey, ContactId> byKey = new HashMap<>();

    /** The contact found, and the key that tied the record to it. */
    public record Match(ContactId contact, DuplicateKey key) {
    }

    public ContactMatcher(List<Contact> known) {
        known.forEach(this::remember);
    }

    /** Indexes the contact by its keys; a key already taken keeps pointing at the first contact. */
    public void remember(Contact contact) {
        DuplicateKey.of(contact).forEach(key -> byKey.putIfAbsent(key, contact.id()));
    }

    /** The first known contact sharing one of the keys, trying them in the order given (strongest first). */
    public Optional<Match> find(List<DuplicateKey> keys) {
        for (DuplicateKey key : keys) {
            ContactId found = byKey.get(key);
            if (found != null) {
                return Optional.of(new Match(found, key));
            }
        }
        return Optional.empty();
    }
}
