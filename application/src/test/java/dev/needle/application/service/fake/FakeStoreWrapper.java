package dev.needle.application.service.fake;

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

/** Passes every call to another contact store; a test overrides the calls it wants to hold or break. */
public class FakeStoreWrapper implements ContactStore {
    private final ContactStore store;

    public FakeStoreWrapper(ContactStore store) {
        this.store = store;
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
    public Contact save(Contact contact) {
        return store.save(contact);
    }

    @Override
    public boolean delete(ContactId id) {
        return store.delete(id);
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
