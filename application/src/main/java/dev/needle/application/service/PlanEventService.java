package dev.needle.application.service;

import dev.needle.application.port.in.PlanEventUseCase;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.util.List;

/** Adds and edits networking events. */
public final class PlanEventService implements PlanEventUseCase {
    private final EventStore events;
    private final IdSource ids;

    public PlanEventService(EventStore events, IdSource ids) {
        this.events = events;
        this.ids = ids;
    }

    /**
     * A new event (version 0) gets a fresh id here, because callers behind the incoming port have no
     * id source: whatever id they put on a new event is a placeholder.
     */
    @Override
    public Event saveEvent(Event event) {
        if (event.version() == 0) {
            return events.save(new Event(new EventId(ids.next()), event.name(), event.date(),
                    event.time(), event.place(), event.notes(), event.expected(), 0));
        }
        Records.event(events, event.id());
        return events.save(event);
    }

    @Override
    public List<Event> listEvents() {
        return events.findAll();
    }
}
