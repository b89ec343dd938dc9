package dev.needle.application.service;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A contact store that keeps the search index current: it wraps the real store, loads the index with
 * one read when first used (not at start-up), and updates it on every save and delete, whichever use
 * case made them. Reads of every contact are answered from the index, so screens that list everyone
 * (follow-ups, helpers, triage's network) do not read the whole table again. Changes other sessions
 * (processes) commit reach the index before each of those reads: the store is asked what changed
 * since the revision the index was last brought to.
 */
public final class IndexedContactStore implements ContactStore {
    private final ContactStore store;
    private final ContactSearchIndex index;
    /** Contacts written in the current unit of work on this thread; null outside one. */
    private final ThreadLocal<Set<ContactId>> touched = new ThreadLocal<>();
    /** Every change committed up to this revision, in any session, is in the index. */
    private volatile long revision;

    public IndexedContactStore(ContactStore store) {
        this.store = store;
        this.index = ContactSearchIndex.loadedOnFirstUse(this::loadAll);
    }

    public ContactSearchIndex index() {
        return index;
    }

    /**
     * The index's one full read. The revision is read before the contacts: a change committed in
     * between is then fetched again by the first catch-up, which is harmless; read after, it could be
     * skipped for good.
     */
    private List<Contact> loadAll() {
        revision = store.revision();
        return store.findAll();
    }

    /**
     * Searches the index after bringing it up to date with every session's committed changes. The
     * catch-up costs one primary-key read when nothing changed, so it runs on every search.
     */
    public List<Contact> search(String query, int limit) {
        catchUp();
        return index.search(query, limit);
    }

    /**
     * Applies the changes committed since the index's revision. Synchronized so two catch-ups never
     * apply an older answer after a newer one. A contact this process is saving meanwhile can be put
     * back to its previous state here only if that save has not committed, and then its commit's
     * revision brings it back on the next catch-up.
     */
    synchronized void catchUp() {
        if (!index.isLoaded()) {
            return; // its first read will see everything committed so far
        }
        ContactChanges changes = store.changesSince(revision);
        changes.saved().forEach(index::put);
        changes.deleted().forEach(index::remove);
        revision = Math.max(revision, changes.revision());
    }

    /** What the people you know offer, brought up to date with every session's changes first. */
    public OfferDirectory offers() {
        catchUp();
        return index.offers();
    }

    /** The follow-ups due as of {@code today}, from the index brought up to date first. */
    public FollowUps followUpsDue(LocalDate today) {
        catchUp();
        return index.followUpsDue(today);
    }

    /** The contacts awaiting the after-event decision as of {@code today}, likewise. */
    public List<Contact> undecided(LocalDate today) {
        catchUp();
        return index.undecided(today);
    }

    /**
     * Looks contacts up in the index after one catch-up: for a screen that resolves many ids at once
     * (every pending request's contact) without a catch-up, or a map of everyone, per id.
     */
    public Function<ContactId, Optional<Contact>> lookup() {
        catchUp();
        return id -> index.find(id).or(() -> store.find(id));
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        catchUp();
        return index.find(id).or(() -> store.find(id));
    }

    @Override
    public List<Contact> findAll() {
        catchUp();
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
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        List<Contact> saved = store.saveAll(contacts, savedSoFar);
        saved.forEach(contact -> {
            index.put(contact);
            remember(contact.id());
        });
        return saved;
    }

    @Override
    public boolean delete(ContactId id) {
        boolean deleted = store.delete(id);
        index.remove(id);
        remember(id);
        return deleted;
    }

    @Override
    public long revision() {
        return store.revision();
    }

    @Override
    public ContactChanges changesSince(long since) {
        return store.changesSince(since);
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
