package dev.needle.application.index;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.SearchText;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers contact searches from memory: each contact's folded search text is computed once, and the
 * entries are kept sorted by folded name so a search walks them in result order and stops at the limit.
 * What it holds and answers of each contact is its {@link ListedCopy} (no notes, UID, phones or URLs):
 * whoever needs the whole contact reads it from the store.
 *
 * <p>Filtering as you type asks again on every key, so searches are served from flat arrays (rebuilt
 * only after a change), and a query that extends an earlier one (one more letter) only re-checks that
 * query's matches instead of every contact; a query seen a moment ago (backspace) is answered from memory.
 */
public final class ContactSearchIndex {
    /** Enough for a user typing and erasing a long query; small enough to cost nothing. */
    private static final int REMEMBERED_QUERIES = 64;

    /**
     * The contacts as of the last search or read; {@link #pending} holds what changed since (an id
     * mapped to null is gone), merged in on the next use, so a run of changes costs one merge.
     */
    private SearchSnapshot<Contact> snapshot = SearchSnapshot.empty(SearchSnapshot.CONTACTS);
    private Map<ContactId, Contact> pending = new HashMap<>();
    /**
     * Where the contacts come from until the first use reads them; null once loaded. Volatile so
     * {@link #hasRead} can answer without waiting for a load that another thread has under way.
     */
    private volatile Supplier<? extends Collection<Contact>> source;
    private final DerivedLists lists = new DerivedLists();
    private SnapshotSearch.Answer<Contact> last;
    private final Map<String, SnapshotSearch.Answer<Contact>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SnapshotSearch.Answer<Contact>> eldest) {
            return super.size() > REMEMBERED_QUERIES;
        }
    };

    public ContactSearchIndex(Collection<Contact> contacts) {
        contacts.forEach(this::index);
    }

    private ContactSearchIndex(Supplier<? extends Collection<Contact>> source) {
        this.source = source;
    }

    /**
     * An index that reads its contacts only when first used: start-up and commands that never search
     * do not pay for reading every contact. Changes made before then are already in what it reads.
     */
    public static ContactSearchIndex loadedOnFirstUse(Supplier<? extends Collection<Contact>> source) {
        return new ContactSearchIndex(source);
    }

    /** Adds the contact or replaces the copy indexed before (its name may have changed). */
    public synchronized void put(Contact contact) {
        if (source == null) {
            index(contact);
        }
    }

    public synchronized void remove(ContactId id) {
        if (source == null) {
            unindex(id);
        }
    }

    /** Whether the first full read has happened; waits for one another thread has under way. */
    public synchronized boolean isLoaded() {
        return source == null;
    }

    /**
     * Whether the first full read has returned (its contacts may still be going in: the next call then
     * waits for them). Never waits itself, so a screen can read what it needs another way while a
     * background thread is reading everyone.
     */
    public boolean hasRead() {
        return source == null;
    }

    /**
     * Reads everyone now if no one has yet, and builds what searches use from them, so later uses do
     * not wait for either and what the building left behind can be collected before the user types.
     */
    public synchronized void load() {
        ensureLoaded();
        snapshot();
    }

    public synchronized int size() {
        ensureLoaded();
        return snapshot().size();
    }

    /**
     * The contact's listed copy when the index is loaded and holds it; empty otherwise (not loaded yet,
     * or no such contact), so callers fall back to the store and a lookup never forces the full read.
     */
    public synchronized Optional<Contact> find(ContactId id) {
        if (source != null) {
            return Optional.empty();
        }
        if (pending.containsKey(id)) {
            return Optional.ofNullable(pending.get(id)).map(ListedCopy::of);
        }
        return snapshot.find(id);
    }

    /** Every indexed contact's listed copy, ordered by id. */
    public synchronized List<Contact> all() {
        ensureLoaded();
        return lists.all(snapshot().byId());
    }

    /** The directory of what the indexed (open) contacts offer; rebuilt only after a change. */
    public synchronized OfferDirectory offers() {
        ensureLoaded();
        return lists.offers(snapshot().contacts());
    }

    /** The follow-ups due as of {@code today} ({@link FollowUps#due}), kept until a contact or the day changes. */
    public synchronized FollowUps followUpsDue(LocalDate today) {
        ensureLoaded();
        return lists.followUpsDue(snapshot().contacts(), today);
    }

    /** How many open contacts have a follow-up due on or before {@code today}. */
    public synchronized int followUpsDueCount(LocalDate today) {
        ensureLoaded();
        return lists.followUpsDueCount(snapshot().contacts(), today);
    }

    /** The contacts awaiting the after-event decision as of {@code today}, kept likewise. */
    public synchronized List<Contact> undecided(LocalDate today) {
        ensureLoaded();
        return lists.undecided(snapshot().contacts(), today);
    }

    private void ensureLoaded() {
        if (source != null) {
            Collection<Contact> contacts = source.get();
            source = null;
            contacts.forEach(this::index);
        }
    }

    private void index(Contact contact) {
        pending.put(contact.id(), contact);
        changed();
    }

    private void unindex(ContactId id) {
        pending.put(id, null);
        changed();
    }

    /**
     * Contacts whose search text contains every word of the query, at most {@code limit}: those
     * whose name holds the words whole come first, then those whose name or other details begin
     * with them, then those containing them inside a word, by name then id within each. When that
     * finds few, people the query would find but for a typo ("insghts") follow.
     */
    public synchronized List<Contact> search(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A search limit cannot be negative: " + limit);
        }
        ensureLoaded();
        String folded = SearchText.fold(query);
        SnapshotSearch.Answer<Contact> remembered = recent.get(folded);
        if (remembered != null && remembered.limit() == limit) {
            last = remembered;
            return remembered.found();
        }
        SearchSnapshot<Contact> s = snapshot();
        SnapshotSearch.Answer<Contact> answer = narrows(folded, limit)
                ? SnapshotSearch.rankedWithNearSpellings(s, SnapshotSearch.narrow(s, last, folded, limit), folded, limit)
                : SnapshotSearch.search(s, folded, limit);
        recent.put(folded, answer);
        last = answer;
        return answer.found();
    }

    private SearchSnapshot<Contact> snapshot() {
        if (!pending.isEmpty()) {
            snapshot = snapshot.with(pending);
            pending = new HashMap<>(); // not clear(): that would keep a table sized for everyone
        }
        return snapshot;
    }

    /** Positions shift with every change, so everything computed from them is dropped. */
    private void changed() {
        lists.clear();
        last = null;
        recent.clear();
    }

    /** A query extending the last one (same words, more letters) can only match a subset of what it matched. */
    private boolean narrows(String folded, int limit) {
        return last != null && last.limit() == limit && !last.query().isEmpty() && folded.startsWith(last.query());
    }
}
