package dev.needle.application.service.fake;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Contacts in memory, for service tests. Writes made on it directly, bypassing the service under
 * test, play the part of another session on the same database.
 */
public final class FakeContactStore implements ContactStore, Rollback {
    public final VersionedMap<ContactId, Contact> map =
            new VersionedMap<>("contact", Contact::id, Contact::version, Contact::withVersion);
    /** Revision of each contact's latest save (false) or delete (true). */
    private Map<ContactId, Map.Entry<Long, Boolean>> stamps = new HashMap<>();
    private long revision;
    private int findAllCalls;
    private int changesSinceCalls;
    private int narrowReads;
    private java.util.function.Consumer<ContactId> cascade = id -> { };
    private WriteLock lock = new WriteLock();

    /** As the port says, deleting a contact deletes its history: {@code cascade} removes it from the other fakes. */
    public void cascadeDeletesTo(java.util.function.Consumer<ContactId> history) {
        cascade = history;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return map.find(id);
    }

    @Override
    public List<Contact> findAll() {
        findAllCalls++;
        return map.all(Comparator.comparing(Contact::id));
    }

    /** The port's narrow reads, answered by the domain's own rules; counted so a test sees which read ran. */
    @Override
    public ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast) {
        narrowReads++;
        return ContactSample.followUps(findAllQuietly(), first, last, atLeast);
    }

    @Override
    public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
        narrowReads++;
        return ContactSample.awaitingDecision(findAllQuietly(), today, atLeast);
    }

    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        narrowReads++;
        return findAllQuietly().stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** Counted with the narrow reads: a one-off question reads these instead of everyone. */
    @Override
    public List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags) {
        narrowReads++;
        return findAllQuietly().stream().filter(c -> ids.contains(c.id()) || c.holdsAnyOf(tags)).toList();
    }

    /** Counted with the narrow reads: a store that keeps the folded texts answers without whole contacts. */
    @Override
    public List<ContactSearchText> findSearchTexts() {
        narrowReads++;
        return findAllQuietly().stream().map(ContactSearchText::of).toList();
    }

    @Override
    public List<Contact> findAfter(Optional<ContactId> after, int limit) {
        if (after.isEmpty()) {
            findAllCalls++; // the first page starts a read of everyone, counted as findAll would be
        }
        long from = after.map(ContactId::value).orElse(Long.MIN_VALUE);
        return findAllQuietly().stream().filter(c -> c.id().value() > from).limit(limit).toList();
    }

    private List<Contact> findAllQuietly() {
        return map.all(Comparator.comparing(Contact::id));
    }

    @Override
    public Contact save(Contact contact) {
        return lock.holding(() -> {
            Contact saved = map.save(contact);
            stamps.put(saved.id(), Map.entry(++revision, false));
            return saved;
        });
    }

    @Override
    public boolean delete(ContactId id) {
        return lock.holding(() -> deleteNow(id));
    }

    private boolean deleteNow(ContactId id) {
        boolean deleted = map.delete(id);
        if (deleted) {
            stamps.put(id, Map.entry(++revision, true));
            cascade.accept(id);
        }
        return deleted;
    }

    @Override
    public long revision() {
        return revision;
    }

    @Override
    public ContactChanges changesSince(long since) {
        changesSinceCalls++;
        Map<Boolean, Set<ContactId>> changed = stamps.entrySet().stream()
                .filter(stamp -> stamp.getValue().getKey() > since)
                .collect(Collectors.partitioningBy(stamp -> stamp.getValue().getValue(),
                        Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        List<Contact> saved = changed.get(false).stream().flatMap(id -> map.find(id).stream()).toList();
        return new ContactChanges(saved, changed.get(true), Math.max(since, revision));
    }

    public int findAllCalls() {
        return findAllCalls;
    }

    /** How many of the narrow reads (follow-ups, undecided, by ids) ran. */
    public int narrowReads() {
        return narrowReads;
    }

    public int changesSinceCalls() {
        return changesSinceCalls;
    }

    @Override
    public void writeUnder(WriteLock lock) {
        this.lock = lock;
        map.writeUnder(lock);
    }

    @Override
    public Runnable snapshot() {
        Runnable contacts = map.snapshot();
        Map<ContactId, Map.Entry<Long, Boolean>> copy = new HashMap<>(stamps);
        return () -> {
            contacts.run();
            stamps = new HashMap<>(copy);
        };
    }
}
