package dev.needle.application.service.fake;

import dev.needle.application.port.out.EventStore;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.util.List;
import java.util.Optional;

/** Events in memory, for service tests. */
public final class FakeEventStore implements EventStore, Rollback {
    public final VersionedMap<EventId, Event> map = new VersionedMap<>("event", Event::id, Event::version, Event::withVersion);

    @Override
    public Optional<Event> find(EventId id) {
        return map.find(id);
    }

    @Override
    public List<Event> findAll() {
        return map.all(Event.ON_THE_CALENDAR);
    }

    @Override
    public Event save(Event event) {
        return map.save(event);
    }

    @Override
    public boolean delete(EventId id) {
        return map.delete(id);
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }

    @Override
    public void writeUnder(WriteLock lock) {
        map.writeUnder(lock);
    }
}
