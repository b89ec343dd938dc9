package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    public ContactSample sampleFollowUps(Optional<LocalDate> first, LocalDate last, int atLeast) {
        return db.locked(() -> ContactSample.followUps(db.contacts.all(), first, last, atLeast));
    }

    @Override
    public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
        return db.locked(() -> ContactSample.awaitingDecision(db.contacts.all(), today, atLeast));
    }

    @Override
    public List<Contact> findAfter(Optional<ContactId> after, int limit) {
        long from = after.map(ContactId::value).orElse(Long.MIN_VALUE);
        return db.locked(() -> db.contacts.where(c -> c.id().value() > from).stream().limit(limit).toList());
    }

    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        // One probe per id rather than a walk of everyone: Today asks for a few hundred of 100 000.
        List<ContactId> wanted = new HashSet<>(ids).stream().sorted(Comparator.comparingLong(ContactId::value)).toList();
        return db.locked(() -> wanted.stream().flatMap(id -> db.contacts.find(id).stream()).toList());
    }

    @Override
    public List<Contact> findByIdsOrTags(Collection<ContactId> ids, Collection<Tag> tags) {
        return db.locked(() -> db.contacts.all().stream().filter(c -> ids.contains(c.id()) || c.holdsAnyOf(tags))
                .sorted(Comparator.comparing(Contact::id)).toList());
    }

    @Override
    public Contact save(Contact contact) {
        return db.locked(() -> {
            Contact saved = db.contacts.save(contact);
            db.stampContact(saved.id(), false);
            return saved;
        });
    }

    @Override
    public boolean delete(ContactId id) {
        return db.locked(() -> {
            if (!db.contacts.remove(id)) {
                return false;
            }
            db.interactions.removeWhere(interaction -> interaction.contact().equals(id));
            db.meetingRequests.removeWhere(request -> request.contact().equals(id));
            db.keepInTouch.remove(id);
            db.privateNotes.removeWhere(note -> note.contact().equals(id));
            db.stampContact(id, true);
            return true;
        });
    }

    @Override
    public long revision() {
        return db.locked(db::contactRevision);
    }

    @Override
    public ContactChanges changesSince(long revision) {
        return db.locked(() -> {
            long now = db.contactRevision();
            if (now <= revision) {
                return ContactChanges.none(revision);
            }
            List<ContactStamp> changed = db.contactStamps.where(stamp -> stamp.revision() > revision);
            List<Contact> saved = changed.stream().filter(stamp -> !stamp.deleted())
                    .flatMap(stamp -> db.contacts.find(stamp.id()).stream()).toList();
            Set<ContactId> deleted = changed.stream().filter(ContactStamp::deleted).map(ContactStamp::id).collect(Collectors.toSet());
            return new ContactChanges(saved, deleted, now);
        });
    }
}
