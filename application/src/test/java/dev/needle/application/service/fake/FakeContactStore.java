package dev.needle.application.service.fake;

import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Contacts in memory, for service tests. */
public final class FakeContactStore implements ContactStore, Rollback {
    public final VersionedMap<ContactId, Contact> map =
            new VersionedMap<>("contact", Contact::id, Contact::version, Contact::withVersion);
    private int findAllCalls;

    @Override
    public Optional<Contact> find(ContactId id) {
        return map.find(id);
    }

    @Override
    public List<Contact> findAll() {
        findAllCalls++;
        return map.all(Comparator.comparing(Contact::id));
    }

    @Override
    public Contact save(Contact contact) {
        return map.save(contact);
    }

    @Override
    public boolean delete(ContactId id) {
        return map.delete(id);
    }

    public int findAllCalls() {
        return findAllCalls;
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }
}
