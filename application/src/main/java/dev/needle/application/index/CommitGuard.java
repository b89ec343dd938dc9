package dev.needle.application.index;

import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a save or delete reach the index only once its unit of work has committed, and never when it
 * rolls back: the index is shared by every session of a served process, and none may see a save its
 * database may still throw away. Meanwhile the unit itself sees its own changes.
 */
final class CommitGuard {
    private final ContactSearchIndex index;
    /**
     * What the current unit of work on this thread saved (the contact) or deleted (empty), in order;
     * null outside one.
     */
    private final ThreadLocal<Map<ContactId, Optional<Contact>>> pending = new ThreadLocal<>();

    CommitGuard(ContactSearchIndex index) {
        this.index = index;
    }

    /** Wraps the unit of work so that its contact changes are held back until it commits. */
    Transactions guard(Transactions transactions) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (pending.get() != null) {
                    return transactions.inTransaction(work);
                }
                Map<ContactId, Optional<Contact>> changes = new LinkedHashMap<>();
                pending.set(changes);
                T result;
                try {
                    result = transactions.inTransaction(work);
                } finally {
                    pending.remove();
                }
                changes.forEach(CommitGuard.this::publish);
                return result;
            }
        };
    }

    /** Inside a guarded unit of work the change waits for its commit; outside one the store has committed it. */
    void changed(ContactId id, Optional<Contact> change) {
        Map<ContactId, Optional<Contact>> changes = pending.get();
        if (changes != null) {
            changes.put(id, change);
        } else {
            publish(id, change);
        }
    }

    /** This thread's unit of work's own change of the contact (empty inside when it deleted it), if any. */
    Optional<Optional<Contact>> ownChange(ContactId id) {
        Map<ContactId, Optional<Contact>> mine = pending.get();
        return mine != null && mine.containsKey(id) ? Optional.of(mine.get(id)) : Optional.empty();
    }

    /** {@code everyone} as this thread's unit of work sees it, its own uncommitted changes applied. */
    List<Contact> withOwnChanges(List<Contact> everyone) {
        Map<ContactId, Optional<Contact>> mine = pending.get();
        if (mine == null || mine.isEmpty()) {
            return everyone;
        }
        Map<ContactId, Contact> seen = new LinkedHashMap<>();
        everyone.forEach(contact -> seen.put(contact.id(), contact));
        mine.forEach((id, change) -> change.ifPresentOrElse(contact -> seen.put(id, contact), () -> seen.remove(id)));
        return new ArrayList<>(seen.values());
    }

    /** Puts a committed change in the index, unless another session's later save of that contact is there already. */
    private void publish(ContactId id, Optional<Contact> change) {
        if (change.isEmpty()) {
            index.remove(id);
            return;
        }
        Contact saved = change.get();
        boolean newerThere = index.find(id).filter(there -> there.version() > saved.version()).isPresent();
        if (!newerThere) {
            index.put(saved);
        }
    }
}
