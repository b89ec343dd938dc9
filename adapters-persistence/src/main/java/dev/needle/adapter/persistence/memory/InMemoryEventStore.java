package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.EventStore;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.util.List;
import java.util.Optional;

/** Networking events held in memory. */
final class InMemoryEventStore implements EventStore {
    private final InMemoryDatabase db;

    InMemoryEventStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return db.locked(() -> db.events.find(id));
    }

    @Override
    public List<Event> findAll() {
        return db.locked(() -> db.events.all().stream().sorted(Event.ON_THE_CALENDAR).toList());
    }

    @Override
    public Event save(Event event) {
        return db.locked(() -> db.events.save(event));
    }

    @Override
    public boolean delete(EventId id) {
        return db.locked(() -> db.events.remove(id));
    }
}
