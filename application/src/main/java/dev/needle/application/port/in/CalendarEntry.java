package dev.needle.application.port.in;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a calendar event as logging reads it: a single event, or one occurrence of a
 * recurring one ({@code recurrenceId} then names it; blank for a single event). Times are in the
 * user's time zone; an all-day event starts at midnight.
 */
public record CalendarEntry(String where, String uid, String recurrenceId, LocalDateTime start, LocalDateTime end,
                            boolean allDay, String summary, String location, String url,
                            List<MailAddress> attendees, Optional<MailAddress> organizer) {
    public CalendarEntry {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(uid, "uid");
        recurrenceId = recurrenceId == null ? "" : recurrenceId;
        Objects.requireNonNull(start, "start");
        end = end == null || end.isBefore(start) ? start : end;
        summary = summary == null ? "" : summary.strip();
        location = location == null ? "" : location.strip();
        url = url == null ? "" : url.strip();
        attendees = List.copyOf(attendees);
        organizer = organizer == null ? Optional.empty() : organizer;
    }
}
