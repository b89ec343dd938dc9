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
    private java.util.function.Consumer<ContactId> cascade = id -> { };

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

    @Override
    public Contact save(Contact contact) {
        return map.save(contact);
    }

    @Override
    public boolean delete(ContactId id) {
        boolean deleted = map.delete(id);
        if (deleted) {
            cascade.accept(id);
        }
        return deleted;
    }

    public int findAllCalls() {
        return findAllCalls;
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }
}
