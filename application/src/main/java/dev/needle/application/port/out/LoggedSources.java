package dev.needle.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The keys of what logging from mail and calendars has turned into records already (a thread on a day
 * with a contact, a calendar entry with a contact), so that logging the same source twice adds nothing.
 */
public interface LoggedSources {
    /** The record a source key was turned into: an interaction, a meeting request or an event. */
    enum Kind { INTERACTION, MEETING, EVENT }

    /** Those of {@code keys} logged already. */
    Set<String> loggedAmong(Collection<String> keys);

    /** Remembers that {@code key} became the record {@code recordId} of this kind, on {@code on}. */
    void remember(String key, Kind kind, long recordId, LocalDate on);
}
