package dev.needle.application.port.out;

import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores networking events, with the same versioned save as {@link ContactStore#save}. */
public interface EventStore {
    Optional<Event> find(EventId id);

    /** Every event as a calendar lists them ({@link Event#ON_THE_CALENDAR}): by date, time, then id. */
    List<Event> findAll();

    /**
     * The events held from {@code first} to {@code last} (both included), as {@link #findAll} lists them:
     * what is coming up, without reading every event ever planned and who was expected there.
     */
    default List<Event> findBetween(LocalDate first, LocalDate last) {
        return findAll().stream().filter(e -> !e.date().isBefore(first) && !e.date().isAfter(last)).toList();
    }

    Event save(Event event);

    boolean delete(EventId id);
}
