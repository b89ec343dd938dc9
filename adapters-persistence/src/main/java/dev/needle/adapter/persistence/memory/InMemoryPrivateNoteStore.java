package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Private notes held in memory beside the other tables; the contacts' store removes a deleted person's. */
final class InMemoryPrivateNoteStore implements PrivateNoteStore {
    private final InMemoryDatabase db;

    InMemoryPrivateNoteStore(InMemoryDatabase db) {
        this.db = db;
    }

    /** A note's place in its table: by contact, then author, as the SQL stores order them. */
    record Key(long contact, long author) implements Comparable<Key> {
        static Key of(PrivateNote note) {
            return new Key(note.contact().value(), note.author().value());
        }

        @Override
        public int compareTo(Key other) {
            int byContact = Long.compare(contact, other.contact);
            return byContact != 0 ? byContact : Long.compare(author, other.author);
        }
    }

    @Override
    public Optional<PrivateNote> find(ContactId contact, TeammateId author) {
        return db.locked(() -> db.privateNotes.find(new Key(contact.value(), author.value())));
    }

    @Override
    public List<PrivateNote> onContact(ContactId contact) {
        return db.locked(() -> db.privateNotes.where(n -> n.contact().equals(contact)));
    }

    @Override
    public Map<ContactId, PrivateNote> byAuthor(TeammateId author) {
        return db.locked(() -> db.privateNotes.where(n -> n.author().equals(author)).stream()
                .collect(Collectors.toMap(PrivateNote::contact, n -> n)));
    }

    @Override
    public List<PrivateNote> findAll() {
        return db.locked(() -> List.copyOf(db.privateNotes.all()));
    }

    @Override
    public void save(PrivateNote note) {
        db.locked(() -> {
            if (note.isBlank()) {
                db.privateNotes.remove(Key.of(note));
            } else if (db.contacts.find(note.contact()).isPresent()) {
                db.privateNotes.put(note);
            }
            return null;
        });
    }
}
