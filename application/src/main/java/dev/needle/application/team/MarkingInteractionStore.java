package dev.needle.application.team;

import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The interaction log that marks each entry with who logged it: the one who met the contact. */
final class MarkingInteractionStore implements InteractionStore {
    private final InteractionStore store;
    private final Marker marker;

    MarkingInteractionStore(InteractionStore store, Marker marker) {
        this.store = store;
        this.marker = marker;
    }

    @Override
    public Interaction add(Interaction interaction) {
        return marker.writing(() -> store.add(interaction),
                added -> marker.mark(RecordKind.INTERACTION, added.id().value(), RecordMark.Deed.ADDED));
    }

    @Override
    public List<Interaction> findByContact(ContactId contact) {
        return store.findByContact(contact);
    }

    @Override
    public List<Interaction> findFrom(LocalDate from) {
        return store.findFrom(from);
    }

    @Override
    public Map<NeedId, NeedCost.Tally> spentPerNeed() {
        return store.spentPerNeed();
    }

    @Override
    public boolean delete(InteractionId id) {
        // Through the marker's unit of work like a save, though it marks nothing: the mark stays for an undo.
        return marker.writing(() -> store.delete(id), deleted -> { });
    }
}
