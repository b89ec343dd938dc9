package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Optional;

/** Contacts held in memory, deleted together with their interactions and meeting requests. */
final class InMemoryContactStore implements ContactStore {
    private final InMemoryDatabase db;

    InMemoryContactStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return db.locked(() -> db.contacts.find(id));
    }

    @Override
    public List<Contact> findAll() {
        return db.locked(db.contacts::all);
    }

    @Override
    public Contact save(Contact contact) {
        return db.locked(() -> db.contacts.save(contact));
    }

    @Override
    public boolean delete(ContactId id) {
        return db.locked(() -> {
            if (!db.contacts.remove(id)) {
                return false;
            }
            db.interactions.removeWhere(interaction -> interaction.contact().equals(id));
            db.meetingRequests.removeWhere(request -> request.contact().equals(id));
            return true;
        });
    }
}
