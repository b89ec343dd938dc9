package dev.needle.application.team;

import dev.needle.application.port.out.EventStore;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.RecordKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The event store that marks every save with who made it. */
final class MarkingEventStore implements EventStore {
    private final EventStore store;
    private final Marker marker;

    MarkingEventStore(EventStore store, Marker marker) {
        this.store = store;
        this.marker = marker;
    }

    @Override
    public Event save(Event event) {
        return marker.saving(RecordKind.EVENT, event.id().value(), event.name(), () -> store.save(event),
                Marker.savedAt(event.version()));
    }

    @Override
    public Optional<Event> find(EventId id) {
        return store.find(id);
    }

    @Override
    public List<Event> findAll() {
        return store.findAll();
    }

    @Override
    public List<Event> findBetween(LocalDate first, LocalDate last) {
        return store.findBetween(first, last);
    }

    @Override
    public boolean delete(EventId id) {
        // Through the marker's unit of work like a save, though it marks nothing: the mark stays for an undo.
        return marker.writing(() -> store.delete(id), deleted -> { });
    }
}
