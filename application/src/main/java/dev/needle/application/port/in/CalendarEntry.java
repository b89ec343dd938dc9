package dev.needle.application.port.in;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a calendar event as logging reads it: a single event, or one occurrence of a
 * recurring one ({@code recurrenceId} then names it; blank for a single event). {@code start} and
 * {@code end} are in the user's time zone (what has passed, when to meet); {@code startThere} and
 * {@code endThere} are on the clock where the entry is, its own zone's (an evening meetup in Lyon is at
 * 19:00 there, whatever zone the machine reading it is in), the user's when it names none. An all-day
 * event starts at midnight.
 */
public record CalendarEntry(String where, String uid, String recurrenceId, LocalDateTime start, LocalDateTime end,
                            LocalDateTime startThere, LocalDateTime endThere, boolean allDay, String summary,
                            String location, String url, List<MailAddress> attendees, Optional<MailAddress> organizer) {
    /** An entry on the user's own clock. */
    public CalendarEntry(String where, String uid, String recurrenceId, LocalDateTime start, LocalDateTime end,
                         boolean allDay, String summary, String location, String url,
                         List<MailAddress> attendees, Optional<MailAddress> organizer) {
        this(where, uid, recurrenceId, start, end, start, end, allDay, summary, location, url, attendees, organizer);
    }

    public CalendarEntry {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(uid, "uid");
        recurrenceId = recurrenceId == null ? "" : recurrenceId;
        Objects.requireNonNull(start, "start");
        end = end == null || end.isBefore(start) ? start : end;
        startThere = startThere == null ? start : startThere;
        endThere = endThere == null || endThere.isBefore(startThere) ? startThere : endThere;
        summary = summary == null ? "" : summary.strip();
        location = location == null ? "" : location.strip();
        url = url == null ? "" : url.strip();
        attendees = List.copyOf(attendees);
        organizer = organizer == null ? Optional.empty() : organizer;
    }
}
