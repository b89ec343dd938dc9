package dev.needle.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A networking event. {@code expected} are contacts you know will be there, so the prep sheet can
 * point at them; the people you met there are the contacts whose origin names this event.
 */
public record Event(EventId id, String name, LocalDate date, String place, String notes, Set<ContactId> expected,
                    long version) {

    /** The fields a change, an undo or a merge works on, one by one. */
    public static final FieldSet<Event> FIELDS = FieldSet.<Event>of("event", (e, v) -> new Event(e.id,
                    v.get("name"), v.get("date"), v.get("place"), v.get("notes"), v.get("expected"), e.version))
            .field("name", Event::name).field("date", Event::date).field("place", Event::place)
            .field("notes", Event::notes).field("expected", Event::expected)
            .build();

    public Event {
        Check.notNull("event id", id);
        name = Check.required("name", name, 200);
        Check.notNull("date", date);
        place = Check.optional("place", place, 200);
        notes = Check.optional("notes", notes, 20_000);
        expected = Check.set("expected", expected);
    }

    public static Event plan(EventId id, String name, LocalDate date, String place) {
        return new Event(id, name, date, place, "", Set.of(), 0);
    }

    public boolean isUpcoming(LocalDate today) {
        return !date.isBefore(today);
    }

    public Event withVersion(long newVersion) {
        return new Event(id, name, date, place, notes, expected, newVersion);
    }
}
