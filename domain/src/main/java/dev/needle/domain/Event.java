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

    /** Whether it is still to come on {@code today}: whoever is added to it now is expected there, not yet met. */
    public boolean isStillToCome(LocalDate today) {
        return date.isAfter(today);
    }

    /** This event with {@code contact} among the people expected there. */
    public Event expecting(ContactId contact) {
        Set<ContactId> more = new java.util.HashSet<>(expected);
        more.add(contact);
        return new Event(id, name, date, place, notes, more, version);
    }

    /** This event without {@code contact} among the people expected there. */
    public Event without(ContactId contact) {
        Set<ContactId> fewer = new java.util.HashSet<>(expected);
        fewer.remove(contact);
        return new Event(id, name, date, place, notes, fewer, version);
    }

    public Event withVersion(long newVersion) {
        return new Event(id, name, date, place, notes, expected, newVersion);
    }
}
