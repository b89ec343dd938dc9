package dev.needle.application.port.out;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Set;

/**
 * What happened to contacts after a given revision, in any session: the contacts saved since (as they
 * are now) and the ids deleted since. {@code revision} is where the next {@link ContactStore#changesSince}
 * call should start.
 */
public record ContactChanges(List<Contact> saved, Set<ContactId> deleted, long revision) {
    public ContactChanges {
        saved = List.copyOf(saved);
        deleted = Set.copyOf(deleted);
    }

    /** Nothing changed; the store is still at {@code revision}. */
    public static ContactChanges none(long revision) {
        return new ContactChanges(List.of(), Set.of(), revision);
    }

    public boolean isEmpty() {
        return saved.isEmpty() && deleted.isEmpty();
    }
}
