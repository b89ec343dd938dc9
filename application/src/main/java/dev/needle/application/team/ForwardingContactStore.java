package dev.needle.application.team;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A contact store that hands every call to the one it wraps: the team's decorations (who owns a new
 * contact, who made a save) override only the writes they add to.
 */
abstract class ForwardingContactStore implements ContactStore {
    protected final ContactStore store;

    ForwardingContactStore(ContactStore store) {
        this.store = store;
    }

    @Override
    public Contact save(Contact contact) {
        return store.save(contact);
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        return store.saveAll(contacts, savedSoFar);
    }

    @Override
    public boolean delete(ContactId id) {
        return store.delete(id);
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return store.find(id);
    }

    @Override
    public List<Contact> findAll() {
        return store.findAll();
    }

    @Override
    public List<Contact> findAllListed() {
        return store.findAllListed();
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
    public List<ContactName> findNames(Collection<ContactId> ids) {
        return store.findNames(ids);
    }

    @Override
    public List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags) {
        return store.findByIdsOrTags(ids, tags);
    }

    @Override
    public List<ContactSearchText> findSearchTexts() {
        return store.findSearchTexts();
    }

    @Override
    public long revision() {
        return store.revision();
    }

    @Override
    public ContactChanges changesSince(long revision) {
        return store.changesSince(revision);
    }
}
