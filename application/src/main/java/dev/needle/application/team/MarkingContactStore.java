package dev.needle.application.team;

import dev.needle.application.port.out.ContactStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The contact store that marks every save with who made it: captures, edits, imports, merges, syncs and
 * undos all pass here. Deletions leave the mark, so an undone deletion brings it back.
 */
final class MarkingContactStore extends ForwardingContactStore {
    private final Marker marker;

    MarkingContactStore(ContactStore store, Marker marker) {
        super(store);
        this.marker = marker;
    }

    @Override
    public Contact save(Contact contact) {
        return marker.saving(RecordKind.CONTACT, contact.id().value(), contact.name(), () -> store.save(contact),
                Marker.savedAt(contact.version()));
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        return marker.writing(() -> store.saveAll(contacts, savedSoFar), saved -> {
            marker.mark(RecordKind.CONTACT, ids(contacts, true), RecordMark.Deed.ADDED);
            marker.mark(RecordKind.CONTACT, ids(contacts, false), RecordMark.Deed.CHANGED);
        });
    }

    private static List<Long> ids(List<Contact> contacts, boolean added) {
        return contacts.stream().filter(c -> (c.version() == 0) == added).map(c -> c.id().value()).toList();
    }

    @Override
    public boolean delete(ContactId id) {
        // Through the marker's unit of work like a save, though it marks nothing: the mark stays for an undo.
        return marker.writing(() -> store.delete(id), deleted -> { });
    }








}
