package dev.needle.application.port.in;

import dev.needle.domain.EventId;
import dev.needle.domain.triage.PrepSheet;

/** The prep sheet for an event: open needs by priority, who can help with each, what to ask. */
public interface PrepareEventUseCase {
    PrepSheet prepare(EventId event);
}
