package dev.needle.application.index;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.AfterEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A contact store that keeps the search index current: it wraps the real store, loads the index with
 * one read when first used (not at start-up), and updates it with every save and delete, whichever use
 * case made them, once they have committed. Reads of every contact are answered from the index, so screens that list everyone
 * (follow-ups, helpers, triage's network) do not read the whole table again. Changes other sessions
 * (processes) commit reach the index before each of those reads: the store is asked what changed
 * since the revision the index was last brought to.
 */
public final class IndexedContactStore implements ContactStore {
    private final ContactStore store;
    private final ContactSearchIndex index;
    /**
     * What the current unit of work on this thread saved (the contact) or deleted (empty), in order;
     * null outside one. It reaches the index only once the unit commits: the index is shared by every
     * session of a served process, and none may see a save its database may still throw away.
     */
    private final ThreadLocal<Map<ContactId, Optional<Contact>>> pending = new ThreadLocal<>();
    /** Contacts per read when the index reads everyone: few enough that a page's copies cost little. */
    private static final int PAGE = 5_000;
    /** What narrow reads returned before the index loaded, by id; emptied by the load. */
    private final Map<ContactId, Contact> handedOut = new ConcurrentHashMap<>();
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
     * The index's one full read, a page at a time. The revision is read before the contacts: a change
     * committed meanwhile is then fetched again by the first catch-up, which is harmless; read after,
     * it could be skipped for good. A contact that an earlier narrow read handed out unchanged goes in
     * as that same instance, so a screen still showing it shares it with the index; paging means the
     * read never holds a copy of everyone beside the index.
     */
    private List<Contact> loadAll() {
        revision = store.revision();
        List<Contact> everyone = new ArrayList<>();
        Optional<ContactId> after = Optional.empty();
        List<Contact> page;
        do {
            page = store.findAfter(after, PAGE);
            page.forEach(read -> everyone.add(shared(read)));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == PAGE);
        handedOut.clear();
        return everyone;
    }

    private Contact shared(Contact read) {
        Contact earlier = handedOut.get(read.id());
        return read.equals(earlier) ? earlier : read;
    }

    /** Remembers what a narrow read returned before the index loaded, for {@link #shared}. */
    private List<Contact> handOut(List<Contact> read) {
        read.forEach(contact -> handedOut.put(contact.id(), contact));
        return read;
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
        // Waits for a read under way on another thread (the warm-up): it may have begun before a
        // commit that the catch-up below then fetches; skipping the catch-up would lose that commit.
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

    /**
     * The contacts the Today screen shows as of {@code today}: a lookup for the requests' people
     * ({@code ids}), the follow-ups due and those awaiting the after-event decision, the overdue and
     * the undecided cut to the first {@code shown} (both pile up over the years) with their totals.
     * Before the index has read everyone, only those are read: the store counts and samples the long
     * lists, the undecided on a second thread meanwhile (the first frame waits for these reads, and
     * the machine has two cores).
     */
    public TodaysPeople todaysPeople(LocalDate today, Collection<ContactId> ids, int shown) {
        if (index.hasRead()) {
            FollowUps due = followUpsDue(today);
            List<Contact> undecided = undecided(today);
            return new TodaysPeople(lookup(ids), cutOverdue(due, shown), due.overdue().size(),
                    undecided.subList(0, Math.min(shown, undecided.size())), undecided.size());
        }
        CompletableFuture<ContactSample> undecided = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                undecided.complete(store.sampleAwaitingDecision(today, shown));
            } catch (RuntimeException | Error e) {
                undecided.completeExceptionally(e);
            }
        }, "needle-today-undecided");
        reader.setDaemon(true);
        reader.start();
        Function<ContactId, Optional<Contact>> lookup = lookup(ids);
        ContactSample overdue = store.sampleFollowUps(Optional.empty(), today.minusDays(1), shown);
        List<Contact> dueRows = new ArrayList<>(handOut(overdue.contacts()));
        dueRows.addAll(handOut(store.sampleFollowUps(Optional.of(today), today.plusDays(FollowUps.WEEK_AHEAD_DAYS),
                Integer.MAX_VALUE).contacts()));
        try {
            ContactSample waiting = undecided.join();
            List<Contact> undecidedRows = AfterEvent.undecided(handOut(waiting.contacts()), today);
            return new TodaysPeople(lookup, cutOverdue(FollowUps.due(dueRows, today), shown), overdue.total(),
                    undecidedRows.subList(0, Math.min(shown, undecidedRows.size())), waiting.total());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** How many follow-ups are due today or overdue, counted by the store until the index has read everyone. */
    public int followUpsDueCount(LocalDate today) {
        if (index.hasRead()) {
            catchUp();
            return index.followUpsDueCount(today);
        }
        return store.sampleFollowUps(Optional.empty(), today, 0).total();
    }

    private static FollowUps cutOverdue(FollowUps due, int shown) {
        List<Contact> overdue = due.overdue();
        return overdue.size() <= shown ? due
                : new FollowUps(due.today(), overdue.subList(0, shown), due.dueToday(), due.thisWeek());
    }

    /**
     * What {@link #todaysPeople} finds: {@code followUps} holds the first overdue of
     * {@code overdueTotal}, {@code undecided} the first of {@code undecidedTotal}.
     */
    public record TodaysPeople(Function<ContactId, Optional<Contact>> lookup, FollowUps followUps, int overdueTotal,
                               List<Contact> undecided, int undecidedTotal) {
    }

    /**
     * Every follow-up due as of {@code today} (the Follow-ups screen), from the index brought up to
     * date first, read now if no one has read it yet. Today's first frame does not come here: it asks
     * {@link #todaysPeople}. After that frame the index is being read in the background anyway, and
     * waiting for it costs less than a second read of thousands of rows beside it (and a second copy
     * of them in a 160 MB heap).
     */
    public FollowUps followUpsDue(LocalDate today) {
        catchUp();
        return index.followUpsDue(today);
    }

    /** Every contact awaiting the after-event decision as of {@code today}, likewise. */
    public List<Contact> undecided(LocalDate today) {
        catchUp();
        return index.undecided(today);
    }

    /**
     * Looks contacts up for a screen that resolves many ids at once (every pending request's
     * contact): in the index after one catch-up when it is loaded, else with one read of {@code ids}.
     * An id outside {@code ids} is still found, one read each.
     */
    public Function<ContactId, Optional<Contact>> lookup(Collection<ContactId> ids) {
        if (!index.hasRead()) {
            Map<ContactId, Contact> found = new HashMap<>();
            handOut(store.findByIds(ids)).forEach(contact -> found.put(contact.id(), contact));
            return id -> found.containsKey(id) ? Optional.of(found.get(id)) : store.find(id);
        }
        catchUp();
        return id -> index.find(id).or(() -> store.find(id));
    }

    /**
     * Reads everyone into the index on a low-priority daemon thread, so the first search or list of
     * everyone does not wait for it. Safe beside any other use: the index loads under its own lock
     * (whoever comes first reads, the other waits for it), saves made meanwhile wait for that lock and
     * then go in, and the revision is taken before the read so later commits arrive by catch-up. A
     * failed read leaves the index unloaded, and the next use reads again and reports its own error.
     */
    public void warmUpInBackground() {
        if (index.hasRead()) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                index.size();
            } catch (RuntimeException ignored) {
                // Nothing to show it to: the first screen that needs everyone reads again.
            }
        }, "needle-index-warm-up");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        Map<ContactId, Optional<Contact>> mine = pending.get();
        if (mine != null && mine.containsKey(id)) {
            return mine.get(id); // this unit of work's own change, not yet in the index
        }
        catchUp();
        return index.find(id).or(() -> store.find(id));
    }

    @Override
    public List<Contact> findAll() {
        catchUp();
        Map<ContactId, Optional<Contact>> mine = pending.get();
        if (mine == null || mine.isEmpty()) {
            return index.all();
        }
        Map<ContactId, Contact> everyone = new LinkedHashMap<>();
        index.all().forEach(contact -> everyone.put(contact.id(), contact));
        mine.forEach((id, change) -> change.ifPresentOrElse(contact -> everyone.put(id, contact), () -> everyone.remove(id)));
        return new ArrayList<>(everyone.values());
    }

    @Override
    public ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast) {
        return store.sampleFollowUps(first, last, atLeast);
    }

    @Override
    public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
        return store.sampleAwaitingDecision(today, atLeast);
    }

    @Override
    public List<Contact> findAfter(Optional<ContactId> after, int limit) {
        return store.findAfter(after, limit);
    }

    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        return store.findByIds(ids);
    }

    @Override
    public Contact save(Contact contact) {
        Contact saved = store.save(contact);
        changed(saved.id(), Optional.of(saved));
        return saved;
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        List<Contact> saved = store.saveAll(contacts, savedSoFar);
        saved.forEach(contact -> changed(contact.id(), Optional.of(contact)));
        return saved;
    }

    @Override
    public boolean delete(ContactId id) {
        boolean deleted = store.delete(id);
        changed(id, Optional.empty());
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
     * Wraps the unit of work so that the contacts it saves and deletes reach the index once it has
     * committed, and never when it rolls back. Wire services with this one.
     */
    public Transactions guard(Transactions transactions) {
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
                changes.forEach(IndexedContactStore.this::publish);
                return result;
            }
        };
    }

    /** Inside a guarded unit of work the change waits for its commit; outside one the store has committed it. */
    private void changed(ContactId id, Optional<Contact> change) {
        Map<ContactId, Optional<Contact>> changes = pending.get();
        if (changes != null) {
            changes.put(id, change);
        } else {
            publish(id, change);
        }
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
