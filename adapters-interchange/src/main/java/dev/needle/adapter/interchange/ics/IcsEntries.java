package dev.needle.adapter.interchange.ics;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.RawProperty;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.CalendarEntry;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.out.CalendarReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Reads calendar entries from an .ics file, or from a folder of them (a khal or vdirsyncer vdir, one
 * event per file; its subfolders too, one level down, for a folder holding several calendars).
 * Cancelled events and attendees who declined are left out. A recurring event yields the occurrences
 * within the window asked for, an occurrence moved or changed (its own VEVENT with a RECURRENCE-ID)
 * replacing the one the rule made; the recurrence id is the occurrence's original start in UTC.
 */
public final class IcsEntries implements CalendarReader {
    /** Enough for a daily meeting over the window; a rule past it is cut rather than read forever. */
    private static final int MAX_OCCURRENCES = 1000;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final ZoneId zone;

    /** {@code zone} is the user's: floating times are read in it, and every time is given in it. */
    public IcsEntries(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public List<CalendarEntry> read(String location, LocalDate first, LocalDate last) {
        Path path = Path.of(location);
        List<CalendarEntry> entries = new ArrayList<>();
        for (Path file : files(path)) {
            entries.addAll(readFile(file, first, last));
        }
        return entries;
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new InterchangeException(path + ": no such file or folder");
        }
        try (Stream<Path> walk = Files.walk(path, 2)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ics"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new InterchangeException(path + ": no .ics files in this folder; is it a calendar folder (a vdir)?");
            }
            return files;
        } catch (IOException e) {
            throw new InterchangeException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<CalendarEntry> readFile(Path file, LocalDate first, LocalDate last) {
        String text = TextFile.read(file);
        List<ICalendar> calendars = Biweekly.parse(text).all();
        if (calendars.isEmpty()) {
            throw new InterchangeException(file + ": not an iCalendar file (no BEGIN:VCALENDAR)");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (ICalendar calendar : calendars) {
            List<VEvent> events = calendar.getEvents();
            Set<String> moved = new HashSet<>();
            for (VEvent event : events) {
                if (event.getRecurrenceId() != null && event.getUid() != null) {
                    moved.add(event.getUid().getValue() + "|" + stamp(calendar, event.getRecurrenceId()));
                }
            }
            int index = 0;
            for (VEvent event : events) {
                index++;
                if (event.getStatus() != null && Status.cancelled().equals(event.getStatus())) {
                    continue;
                }
                entries.addAll(occurrences(file, index, calendar, event, moved, first, last));
            }
        }
        return entries;
    }

    private List<CalendarEntry> occurrences(Path file, int index, ICalendar calendar, VEvent event, Set<String> moved,
                                            LocalDate first, LocalDate last) {
        String summary = event.getSummary() == null ? "" : String.valueOf(event.getSummary().getValue());
        String where = file + ": event " + index + (summary.isEmpty() ? "" : " \"" + summary + "\"");
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            throw new InterchangeException(where + ": has no start (DTSTART)");
        }
        ICalDate start = event.getDateStart().getValue();
        boolean allDay = !start.hasTime();
        LocalDateTime begins = local(calendar, event.getDateStart(), start);
        long length = length(calendar, event, begins, allDay, false);
        LocalDateTime beginsThere = there(calendar, event.getDateStart(), start);
        long lengthThere = length(calendar, event, beginsThere, allDay, true);
        String uid = event.getUid() == null || event.getUid().getValue() == null
                ? file.getFileName() + "#" + index : event.getUid().getValue();
        boolean recurring = event.getRecurrenceRule() != null || !event.getRecurrenceDates().isEmpty();
        if (event.getRecurrenceId() != null) {
            return List.of(entry(where, uid, stamp(calendar, event.getRecurrenceId()), begins, length, beginsThere,
                    lengthThere, allDay, event));
        }
        if (!recurring) {
            return List.of(entry(where, uid, "", begins, length, beginsThere, lengthThere, allDay, event));
        }
        List<CalendarEntry> entries = new ArrayList<>();
        TimeZone timeZone = timeZone(calendar, event.getDateStart());
        DateIterator dates = event.getDateIterator(timeZone);
        dates.advanceTo(Date.from(first.atStartOfDay(zone).toInstant()));
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        int count = 0;
        while (dates.hasNext() && count++ < MAX_OCCURRENCES) {
            Date occurrence = dates.next();
            if (!occurrence.toInstant().isBefore(end)) {
                break;
            }
            String recurrenceId = allDay ? LocalDate.ofInstant(occurrence.toInstant(), timeZone.toZoneId()).toString()
                    : UTC_STAMP.format(occurrence.toInstant().atOffset(ZoneOffset.UTC));
            if (moved.contains(uid + "|" + recurrenceId)) {
                continue;
            }
            LocalDateTime at = allDay ? LocalDate.ofInstant(occurrence.toInstant(), timeZone.toZoneId()).atStartOfDay()
                    : userClock(calendar, event.getDateStart(), occurrence.toInstant());
            LocalDateTime atThere = allDay ? at : onClock(occurrence.toInstant(), clockThere(calendar, event.getDateStart()));
            entries.add(entry(where, uid, recurrenceId, at, length, atThere, lengthThere, allDay, event));
        }
        return entries;
    }

    private CalendarEntry entry(String where, String uid, String recurrenceId, LocalDateTime start, long seconds,
                                LocalDateTime startThere, long secondsThere, boolean allDay, VEvent event) {
        List<MailAddress> attendees = new ArrayList<>();
        for (Attendee attendee : event.getAttendees()) {
            if (attendee.getEmail() != null && !ParticipationStatus.DECLINED.equals(attendee.getParticipationStatus())) {
                attendees.add(new MailAddress(attendee.getCommonName(), attendee.getEmail()));
            }
        }
        Optional<MailAddress> organizer = Optional.ofNullable(event.getOrganizer())
                .filter(o -> o.getEmail() != null)
                .map(o -> new MailAddress(o.getCommonName(), o.getEmail()));
        String location = event.getLocation() == null ? "" : event.getLocation().getValue();
        StringBuilder url = new StringBuilder(event.getUrl() == null ? "" : event.getUrl().getValue());
        for (RawProperty conference : event.getExperimentalProperties("X-GOOGLE-CONFERENCE")) {
            url.append(' ').append(conference.getValue());
        }
        String summary = event.getSummary() == null ? "" : event.getSummary().getValue();
        return new CalendarEntry(where, uid, recurrenceId, start, start.plusSeconds(seconds), startThere,
                startThere.plusSeconds(secondsThere), allDay, summary, location, url.toString().strip(), attendees, organizer);
    }

    /**
     * The event's length in seconds: from DTEND, else DURATION, else a day for an all-day event and nothing
     * otherwise; DTEND is read on the user's clock, or ({@code there}) on the entry's own.
     */
    private long length(ICalendar calendar, VEvent event, LocalDateTime begins, boolean allDay, boolean there) {
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            ICalDate end = event.getDateEnd().getValue();
            LocalDateTime ends = there ? there(calendar, event.getDateEnd(), end) : local(calendar, event.getDateEnd(), end);
            return Math.max(0, java.time.Duration.between(begins, ends).toSeconds());
        }
        if (event.getDuration() != null && event.getDuration().getValue() != null) {
            return Math.max(0, event.getDuration().getValue().toMillis() / 1000);
        }
        return allDay ? 24 * 3600 : 0;
    }

    private LocalDateTime local(ICalendar calendar, DateOrDateTimeProperty property, ICalDate value) {
        if (!value.hasTime()) {
            // An all-day date is a day, the same in every zone: read it in the zone biweekly parsed it in.
            return LocalDate.ofInstant(value.toInstant(), timeZone(calendar, property).toZoneId()).atStartOfDay();
        }
        return userClock(calendar, property, value.toInstant());
    }

    /**
     * A moment of a date-time property on the user's clock. A floating time is the hour written, wherever
     * anyone is: biweekly read it in the machine's zone, which need not be the user's, so it is read back so.
     */
    private LocalDateTime userClock(ICalendar calendar, DateOrDateTimeProperty property, Instant at) {
        return calendar.getTimezoneInfo().isFloating(property) ? onClock(at, TimeZone.getDefault())
                : LocalDateTime.ofInstant(at, zone);
    }

    /**
     * A date-time on the clock where the entry is: its TZID's (19:00 in Lyon stays 19:00 on a machine in
     * New York), else the user's (a time in UTC says nothing of where the entry is). A day is a day.
     */
    private LocalDateTime there(ICalendar calendar, DateOrDateTimeProperty property, ICalDate value) {
        if (!value.hasTime()) {
            return local(calendar, property, value);
        }
        return onClock(value.toInstant(), clockThere(calendar, property));
    }

    private TimeZone clockThere(ICalendar calendar, DateOrDateTimeProperty property) {
        TimezoneAssignment assigned = calendar.getTimezoneInfo().getTimezone(property);
        if (assigned != null) {
            return assigned.getTimeZone();
        }
        return calendar.getTimezoneInfo().isFloating(property) ? TimeZone.getDefault() : TimeZone.getTimeZone(zone);
    }

    /** The wall-clock time of {@code at} in {@code clock}, by its offset then: Outlook's zone names have no ZoneId. */
    private static LocalDateTime onClock(Instant at, TimeZone clock) {
        return LocalDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(clock.getOffset(at.toEpochMilli()) / 1000));
    }

    /**
     * The zone a date-time property was read in: its TZID's, UTC, or for a floating time or a date the
     * machine's, which biweekly reads them in (so a day stays the day written in any user's zone).
     */
    private TimeZone timeZone(ICalendar calendar, DateOrDateTimeProperty property) {
        TimezoneInfo info = calendar.getTimezoneInfo();
        TimezoneAssignment assigned = info.getTimezone(property);
        if (assigned != null) {
            return assigned.getTimeZone();
        }
        if (info.isFloating(property) || !property.getValue().hasTime()) {
            return TimeZone.getDefault();
        }
        return TimeZone.getTimeZone("UTC");
    }

    /** A RECURRENCE-ID as the occurrences of the rule name themselves: the original start in UTC, or the day. */
    private String stamp(ICalendar calendar, DateOrDateTimeProperty recurrence) {
        ICalDate value = recurrence.getValue();
        if (!value.hasTime()) {
            return LocalDate.ofInstant(value.toInstant(), timeZone(calendar, recurrence).toZoneId()).toString();
        }
        return UTC_STAMP.format(value.toInstant().atOffset(ZoneOffset.UTC));
    }
}
