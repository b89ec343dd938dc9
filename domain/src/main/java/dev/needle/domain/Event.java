package dev.needle.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * A networking event, on a day and, when known, at a time of it ({@link EventTime}). {@code expected}
 * are contacts you know will be there, so the prep sheet can point at them; the people you met there
 * are the contacts whose origin names this event.
 */
public record Event(EventId id, String name, LocalDate date, EventTime time, String place, String notes,
                    Set<ContactId> expected, long version) {

    /** The fields a change, an undo or a merge works on, one by one. */
    public static final FieldSet<Event> FIELDS = FieldSet.<Event>of("event", (e, v) -> new Event(e.id,
                    v.get("name"), v.get("date"), v.get("time"), v.get("place"), v.get("notes"), v.get("expected"),
                    e.version))
            .field("name", Event::name).field("date", Event::date).field("time", Event::time)
            .field("place", Event::place).field("notes", Event::notes).field("expected", Event::expected)
            .build();

    /** As a calendar lists them: by day; on a day, all-day events first, then by start; then by id. */
    public static final Comparator<Event> ON_THE_CALENDAR = Comparator.comparing(Event::date)
            .thenComparing(e -> e.time().start().orElse(null), Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(Event::id);

    public Event {
        Check.notNull("event id", id);
        name = Check.required("name", name, 200);
        Check.notNull("date", date);
        time = time == null ? EventTime.ALL_DAY : time;
        place = Check.optional("place", place, 200);
        notes = Check.optional("notes", notes, 20_000);
        expected = Check.set("expected", expected);
    }

    /** A new all-day event; {@link #at} gives it a time. */
    public static Event plan(EventId id, String name, LocalDate date, String place) {
        return new Event(id, name, date, EventTime.ALL_DAY, place, "", Set.of(), 0);
    }

    public boolean isUpcoming(LocalDate today) {
        return !date.isBefore(today);
    }

    /** Whether it is still to come on {@code today}: whoever is added to it now is expected there, not yet met. */
    public boolean isStillToCome(LocalDate today) {
        return date.isAfter(today);
    }

    /**
     * When to follow up with someone met here: {@code days} after it, but never before {@code today}, so
     * people captured days after a fair are due today rather than overdue as they are saved.
     */
    public LocalDate followUpAfter(int days, LocalDate today) {
        LocalDate due = date.plusDays(days);
        return due.isBefore(today) ? today : due;
    }

    /** This event with {@code contact} among the people expected there. */
    public Event expecting(ContactId contact) {
        Set<ContactId> more = new java.util.HashSet<>(expected);
        more.add(contact);
        return withExpected(more);
    }

    /** This event without {@code contact} among the people expected there. */
    public Event without(ContactId contact) {
        Set<ContactId> fewer = new java.util.HashSet<>(expected);
        fewer.remove(contact);
        return withExpected(fewer);
    }

    private Event withExpected(Set<ContactId> people) {
        return new Event(id, name, date, time, place, notes, people, version);
    }

    /** The same event at {@code newTime} of its day. */
    public Event at(EventTime newTime) {
        return new Event(id, name, date, newTime, place, notes, expected, version);
    }

    /** When it starts: its time on its day, or the day's first moment when it is all day. */
    public LocalDateTime starts() {
        return time.startOn(date);
    }

    /** When it ends, as a calendar needs it ({@link EventTime#endOn}). */
    public LocalDateTime ends() {
        return time.endOn(date);
    }

    /** "Thursday, December 17 at 7 pm", "Thursday, December 17": its day and time as a sentence says them. */
    public String when() {
        return English.day(date) + (time.isAllDay() ? "" : " " + time.said());
    }

    /**
     * When it is, as a reminder sent at {@code now} says it: "tonight at 7 pm, in 3 hours", "today at
     * 10 am, in 30 minutes", "tomorrow at 7 pm", "today" and "tomorrow" when all day, its day and time
     * further off. From 6 pm a day's time is "tonight".
     */
    public String whenFrom(LocalDateTime now) {
        Optional<String> near = dayFrom(now.toLocalDate());
        if (near.isEmpty()) {
            return when();
        }
        String day = near.get();
        if (time.isAllDay()) {
            return day;
        }
        String said = day + " " + time.said();
        long minutes = java.time.Duration.between(now, starts()).toMinutes();
        if (minutes < 0 || minutes >= 24 * 60) {
            return said;
        }
        return said + ", " + (minutes < 60 ? "in " + English.count(Math.max(1, minutes), "minute")
                : minutes % 60 == 0 ? "in " + English.count(minutes / 60, "hour")
                : "in about " + English.count(Math.round(minutes / 60.0), "hour"));
    }

    /**
     * "tonight at 7 pm", "today", "tomorrow at 10 am": when it starts as a list of the days ahead says it
     * on {@code today}, its end left to the prep sheet; empty when it is neither today nor tomorrow.
     */
    public Optional<String> startsFrom(LocalDate today) {
        return dayFrom(today).map(day -> time.isAllDay() ? day : day + " " + time.saidStart());
    }

    /** "tonight" (from 6 pm), "today" or "tomorrow" as seen on {@code today}; empty on any other day. */
    private Optional<String> dayFrom(LocalDate today) {
        if (date.equals(today)) {
            return Optional.of(time.start().filter(t -> t.getHour() >= 18).isPresent() ? "tonight" : "today");
        }
        return date.equals(today.plusDays(1)) ? Optional.of("tomorrow") : Optional.empty();
    }

    /** Whether it has ended at {@code now} ({@link #ends}): an all-day event lasts to the end of its day. */
    public boolean isOverAt(LocalDateTime now) {
        return !ends().isAfter(now);
    }

    public Event withVersion(long newVersion) {
        return new Event(id, name, date, time, place, notes, expected, newVersion);
    }
}
