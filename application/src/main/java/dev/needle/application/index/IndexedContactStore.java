package dev.needle.application.index;

import dev.needle.application.port.in.Arriving;
import dev.needle.application.port.in.GetTodayUseCase.Undecided;
import dev.needle.application.port.out.BackgroundWork;
import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.TodaysPeople;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.FollowUps;
import dev.needle.domain.Tag;
import dev.needle.domain.triage.OfferDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A contact store that keeps the search index current: it wraps the real store, loads the index with
 * one read when first used (not at start-up), and updates it with every save and delete, whichever use
 * case made them, once they have committed. Searches and the lists of everyone (follow-ups, Today,
 * triage's network) are answered from the index, each first catching up with what other sessions
 * committed; those answers are listed copies ({@link ListedCopy}: no notes, UID, phones or URLs, which
 * only an opened contact shows), so the index holds less. Whatever may be shown whole, edited or
 * matched ({@link #find}, {@link #findAll}, {@link #lookup}) is read from the store, and a listed copy
 * is never saved. The jobs are done by
 * {@link FullRead}, {@link CatchUp}, {@link CommitGuard}, {@link FirstFrameReads} and {@link HandedOut};
 * this class puts them together behind the port.
 */
public final class IndexedContactStore implements ContactIndex {
    private final ContactStore store;
    private final BackgroundWork background;
    private final HandedOut handedOut = new HandedOut();
    private final CatchUp catchUp;
    private final ContactSearchIndex index;
    private final CommitGuard commits;
    private final FirstFrameReads firstFrame;
    private final WhenRead whenRead;
    /** The last warm-up failed and none has started since: nothing is coming unless asked again. */
    private volatile boolean readFailed;

    public IndexedContactStore(ContactStore store, BackgroundWork background) {
        this.store = store;
        this.background = background;
        this.catchUp = new CatchUp(store);
        this.index = ContactSearchIndex.loadedOnFirstUse(new FullRead(store, catchUp, handedOut)::everyone);
        this.commits = new CommitGuard(index);
        this.firstFrame = new FirstFrameReads(store, handedOut, background);
        this.whenRead = new WhenRead(index::hasRead);
    }

    public ContactSearchIndex index() {
        return index;
    }

    /**
     * Wraps the unit of work so that the contacts it saves and deletes reach the index once it has
     * committed, and never when it rolls back. Wire services with this one.
     */
    public Transactions guard(Transactions transactions) {
        return commits.guard(transactions);
    }

    void catchUp() {
        catchUp.bringUpToDate(index);
    }

    @Override
    public List<Contact> search(String query, int limit) {
        catchUp();
        return index.search(query, limit);
    }

    @Override
    public OfferDirectory offers() {
        catchUp();
        return index.offers();
    }

    @Override
    public TodaysPeople todaysPeople(LocalDate today, Collection<ContactId> ids, int shown) {
        if (!index.hasRead()) {
            return firstFrame.read(today, () -> byId(store.findNames(ids)), shown);
        }
        FollowUps due = followUpsDue(today);
        List<Contact> undecided = undecided(today);
        return new TodaysPeople(byId(findNames(ids)), FirstFrameReads.cutOverdue(due, shown), due.overdue().size(),
                Arriving.now(new Undecided(undecided.subList(0, Math.min(shown, undecided.size())), undecided.size())));
    }

    private static Map<ContactId, ContactName> byId(List<ContactName> names) {
        Map<ContactId, ContactName> found = new HashMap<>();
        names.forEach(name -> found.put(name.id(), name));
        return found;
    }

    /** Counted by the store until the index has read everyone. */
    @Override
    public int followUpsDueCount(LocalDate today) {
        if (index.hasRead()) {
            catchUp();
            return index.followUpsDueCount(today);
        }
        return store.sampleFollowUps(Optional.empty(), today, 0).total();
    }

    /**
     * From the index, read now if no one has read it yet. Today's first frame does not come here (see
     * {@link FirstFrameReads}); after that frame the index is being read in the background anyway, and
     * waiting for it costs less than a second read of thousands of rows beside it, and a second copy.
     */
    @Override
    public FollowUps followUpsDue(LocalDate today) {
        catchUp();
        return index.followUpsDue(today);
    }

    @Override
    public List<Contact> undecided(LocalDate today) {
        catchUp();
        return index.undecided(today);
    }

    /** Whole contacts, with one read of {@code ids}. */
    @Override
    public Function<ContactId, Optional<Contact>> lookup(Collection<ContactId> ids) {
        List<Contact> read = store.findByIds(ids);
        Map<ContactId, Contact> found = new HashMap<>();
        (index.hasRead() ? read : handedOut.remember(read)).forEach(contact -> found.put(contact.id(), contact));
        return id -> found.containsKey(id) ? Optional.of(found.get(id)) : store.find(id);
    }

    /**
     * Safe beside any other use: the index loads under its own lock (whoever comes first reads, the
     * other waits for it), saves made meanwhile wait for that lock and then go in, and the revision is
     * taken before the read so later commits arrive by catch-up. A failed read leaves the index
     * unloaded; the next use reads again and reports its own error. Handed on also when a screen has
     * read everyone already (a loaded index answers at once): the wiring may follow this work with what
     * is owed after the read whoever made it, such as giving back the heap it left ({@code app}'s
     * CollectAfterIdleWork), and skipping the work skipped that too.
     */
    @Override
    public void warmUpInBackground() {
        // Also when read already (then load returns at once): whoever waits is told, and the wiring's
        // work owed after the read (giving back the heap) runs.
        background.whenIdle("needle-index-warm-up", () -> {
            try {
                index.load();
            } catch (RuntimeException | Error failed) {
                // Whoever waits hears it and keeps waiting for a read again, instead of waiting for
                // nothing; the background work writes the failure to the log.
                readFailed = true;
                whenRead.tellOfFailure();
                throw failed;
            }
            readFailed = false;
            whenRead.tell();
        });
    }

    @Override
    public boolean listedReadFailed() {
        return readFailed && !index.hasRead();
    }

    /** Starts the warm-up again after it failed; whoever still waits is told when it ends. */
    @Override
    public void readListedAgain() {
        if (readFailed) {
            readFailed = false;
            warmUpInBackground();
        }
    }

    /** At hand once the index has read everyone; until then {@link #findAllListed} would wait for that read. */
    @Override
    public boolean listedAtHand() {
        return index.hasRead();
    }

    /** Told by the warm-up ({@link #warmUpInBackground}) when its read ends, or when it finds everyone read. */
    @Override
    public void whenListedAtHand(Runnable then) {
        whenRead.add(then);
    }

    /** The whole contact, from the store: the index holds only its listed copy. */
    @Override
    public Optional<Contact> find(ContactId id) {
        Optional<Optional<Contact>> mine = commits.ownChange(id);
        if (mine.isPresent()) {
            return mine.get(); // this unit of work's own change
        }
        return store.find(id);
    }

    /**
     * Every whole contact, from the store: those who ask (imports, sync, duplicates, prep
     * sheets) match or show details the index does not hold.
     */
    @Override
    public List<Contact> findAll() {
        return commits.withOwnChanges(store.findAll());
    }

    /** The index's listed copies, after one catch-up: no second read of everyone. */
    @Override
    public List<Contact> findAllListed() {
        catchUp();
        return commits.withOwnChanges(index.all());
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

    /** From the index once it has read everyone, else the store's narrow read. */
    @Override
    public List<ContactName> findNames(Collection<ContactId> ids) {
        if (!index.hasRead()) {
            return store.findNames(ids);
        }
        catchUp();
        List<ContactName> names = new ArrayList<>();
        List<ContactId> notHeld = new ArrayList<>();
        for (ContactId id : new TreeSet<>(ids)) {
            index.find(id).ifPresentOrElse(contact -> names.add(ContactName.of(contact)), () -> notHeld.add(id));
        }
        if (notHeld.isEmpty()) {
            return names;
        }
        // As find: a contact the index has not caught up with is the store's to answer.
        names.addAll(store.findNames(notHeld));
        names.sort(Comparator.comparing(ContactName::id));
        return names;
    }

    /** The store's narrow read, for a command that asks once. */
    @Override
    public List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags) {
        return store.findByIdsOrTags(ids, tags);
    }

    /** The store's own: the index's copies lack the notes that searches read. */
    @Override
    public List<ContactSearchText> findSearchTexts() {
        return store.findSearchTexts();
    }

    @Override
    public Contact save(Contact contact) {
        refuseListed(contact);
        Contact saved = store.save(contact);
        commits.changed(saved.id(), Optional.of(saved));
        return saved;
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        contacts.forEach(IndexedContactStore::refuseListed);
        List<Contact> saved = store.saveAll(contacts, savedSoFar);
        saved.forEach(contact -> commits.changed(contact.id(), Optional.of(contact)));
        return saved;
    }

    /** Saving a listed copy would store the contact without its notes, UID, phones and URLs. */
    private static void refuseListed(Contact contact) {
        if (ListedCopy.isListed(contact)) {
            throw new IllegalArgumentException("The contact " + contact.name()
                    + " was listed without its details; read it whole before saving it.");
        }
    }

    @Override
    public boolean delete(ContactId id) {
        boolean deleted = store.delete(id);
        commits.changed(id, Optional.empty());
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
}
