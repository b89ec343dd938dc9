package dev.needle.application.port.out;

import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.util.List;
import java.util.Optional;

/** Stores networking events, with the same versioned save as {@link ContactStore#save}. */
public interface EventStore {
    Optional<Event> find(EventId id);

    /** Every event as a calendar lists them ({@link Event#ON_THE_CALENDAR}): by date, time, then id. */
    List<Event> findAll();

    Event save(Event event);

    boolean delete(EventId id);
}
