package dev.needle.application.service;

import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A contact store that keeps the search index current: it wraps the real store, loads the index with
 * one read when first used (not at start-up), and updates it on every save and delete, whichever use
 * case made them. Reads of every contact are answered from the index, so screens that list everyone
 * (follow-ups, helpers, triage's network) do not read the whole table again.
 */
public final class IndexedContactStore implements ContactStore {
    private final ContactStore store;
    private final ContactSearchIndex index;
    /** Contacts written in the current unit of work on this thread; null outside one. */
    private final ThreadLocal<Set<ContactId>> touched = new ThreadLocal<>();

    public IndexedContactStore(ContactStore store) {
        this.store = store;
        this.index = ContactSearchIndex.loadedOnFirstUse(store::findAll);
    }

    public ContactSearchIndex index() {
        return index;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return index.find(id).or(() -> store.find(id));
    }

    @Override
    public List<Contact> findAll() {
        return index.all();
    }

    @Override
    public Contact save(Contact contact) {
        Contact saved = store.save(contact);
        index.put(saved);
        remember(saved.id());
        return saved;
    }

    @Override
    public boolean delete(ContactId id) {
        boolean deleted = store.delete(id);
        index.remove(id);
        remember(id);
        return deleted;
    }

    /**
     * Wraps the unit of work so that when it rolls back, the contacts it wrote are read again from the
     * store: the index must not keep a save the database threw away. Wire services with this one.
     */
    public Transactions guard(Transactions transactions) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (touched.get() != null) {
                    return transactions.inTransaction(work);
                }
                touched.set(new HashSet<>());
                try {
                    return transactions.inTransaction(work);
                } catch (RuntimeException | Error failure) {
                    touched.get().forEach(this::reload);
                    throw failure;
                } finally {
                    touched.remove();
                }
            }

            private void reload(ContactId id) {
                store.find(id).ifPresentOrElse(index::put, () -> index.remove(id));
            }
        };
    }

    private void remember(ContactId id) {
        Set<ContactId> ids = touched.get();
        if (ids != null) {
            ids.add(id);
        }
    }
}
