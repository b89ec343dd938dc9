package dev.needle.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Indexes what a merge added to a contact remembered before it: the keys of {@code before} are in
     * place already, so only addresses it did not have, and name and company if they changed, are
     * looked at. Same outcome as {@link #remember}{@code (after)}, without re-deriving every key of a
     * contact that has absorbed many records.
     */
    public void rememberMerge(Contact before, Contact after) {
        ContactId id = after.id();
        added(before.reach().emails(), after.reach().emails()).forEach(email -> byKey.putIfAbsent(DuplicateKey.email(email), id));
        added(before.reach().urls(), after.reach().urls()).forEach(url -> byKey.putIfAbsent(DuplicateKey.profileUrl(url), id));
        if (!before.name().equals(after.name()) || !before.company().equals(after.company())) {
            DuplicateKey.nameAndCompany(after.name(), after.company()).forEach(key -> byKey.putIfAbsent(key, id));
        }
    }

    private static List<String> added(List<String> before, List<String> after) {
        if (after.size() == before.size() && after.equals(before)) {
            return List.of();
        }
        Set<String> known = new HashSet<>(before);
        return after.stream().filter(value -> !known.contains(value)).toList();
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
