package dev.needle.application.port.in;

import dev.needle.domain.Event;
import java.util.List;

/** Adds or edits events (version 0 adds) and lists them by date. */
public interface PlanEventUseCase {
    Event saveEvent(Event event);

    List<Event> listEvents();
}
