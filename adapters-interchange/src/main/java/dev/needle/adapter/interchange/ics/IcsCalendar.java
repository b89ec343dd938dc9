package dev.needle.adapter.interchange.ics;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import dev.needle.application.port.in.Backup;
import dev.needle.adapter.interchange.OctetFolding;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.PrintableText;
import dev.needle.domain.Schedule;
import dev.needle.domain.TouchDue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Writes scheduled meetings, planned events and follow-ups as an RFC 5545 calendar. UIDs come from record ids
 * ({@code meeting-<id>@needle}, {@code followup-<contact id>@needle}), so a calendar that imports the
 * file again updates its entries instead of doubling them.
 */
public final class IcsCalendar {
    static final int ALARM_MINUTES_BEFORE = 30;
    /**
     * Follow-ups and keep-in-touch dates are whole days; their alarm rings this many hours into the day
     * (9:00), when a phone is awake and a message can still be sent that day.
     */
    static final int DAY_ALARM_HOURS = 9;
    private static final String PRODUCT = "-//Needle//Needle networking planner//EN";

    private final ZoneId zone;

    /** {@code zone} is the one the user's local meeting times are in. */
    public IcsCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public static String meetingUid(MeetingRequest request) {
        return "meeting-" + request.id().value() + "@needle";
    }

    public static String touchUid(Contact contact) {
        return "touch-" + contact.id().value() + "@needle";
    }

    public static String followUpUid(Contact contact) {
        return "followup-" + contact.id().value() + "@needle";
    }

    /** Writes the calendar with CRLF line endings; {@code stamp} is the export's moment (DTSTAMP). */
    public void write(Backup data, Instant stamp, Writer out) {
        write(data, stamp, out, looked -> { }, event -> "");
    }

    /**
     * As {@link #write(Backup, Instant, Writer)}, telling {@code looked} how many records (meeting
     * requests, then contacts) have been turned into calendar entries so far; the calendar is written
     * in one piece after them.
     */
    public void write(Backup data, Instant stamp, Writer out, LongConsumer looked) {
        write(data, stamp, out, looked, event -> "");
    }

    /**
     * As {@link #write(Backup, Instant, Writer, LongConsumer)}, with the planned events too, each as an
     * all-day entry, or from its start to its end when it has a time, whose description carries
     * {@code prepSheet} of it (a summary of the prep sheet).
     */
    public void write(Backup data, Instant stamp, Writer out, LongConsumer looked, Function<Event, String> prepSheet) {
        ICalendar calendar = new ICalendar();
        long count = 0;
        calendar.setProductId(PRODUCT);
        Map<ContactId, Contact> people = data.contacts().stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        for (MeetingRequest request : data.meetingRequests()) {
            request.schedule().ifPresent(schedule ->
                    calendar.addEvent(meeting(request, schedule, people.get(request.contact()), stamp)));
            looked.accept(++count);
        }
        for (Contact contact : data.contacts()) {
            if (!contact.isClosed()) {
                contact.nextFollowUp().ifPresent(date -> calendar.addEvent(followUp(contact, date, stamp)));
            }
            looked.accept(++count);
        }
        for (Event planned : data.events()) {
            VEvent entry = event(planned, prepSheet.apply(planned), stamp);
            calendar.addEvent(entry);
            if (!planned.time().isAllDay()) {
                calendar.getTimezoneInfo().setFloating(entry.getDateStart(), true);
                calendar.getTimezoneInfo().setFloating(entry.getDateEnd(), true);
            }
        }
        LocalDate today = LocalDate.ofInstant(stamp, zone);
        for (TouchDue due : KeepInTouchDates.of(data)) {
            calendar.addEvent(keepInTouch(due, today, stamp));
        }
        try {
            // biweekly folds at 75 characters; RFC 5545 says 75 octets, which OctetFolding keeps.
            OctetFolding folded = new OctetFolding(out);
            Biweekly.write(calendar).go(folded);
            folded.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VEvent meeting(MeetingRequest request, Schedule schedule, Contact contact, Instant stamp) {
        String name = contact == null ? "contact " + request.contact() : PrintableText.line(contact.name());
        VEvent event = new VEvent();
        event.setUid(meetingUid(request));
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(Date.from(schedule.at().atZone(zone).toInstant()), true);
        event.setDuration(new Duration.Builder().minutes(schedule.minutes()).build());
        event.setSummary("Meet " + name);
        if (!schedule.place().isEmpty()) {
            event.setLocation(PrintableText.line(schedule.place()));
        }
        String ask = PrintableText.lines(request.ask());
        String description = (schedule.format().label() + (ask.isEmpty() ? "" : ": " + ask)).strip();
        event.setDescription(description);
        event.addAlarm(VAlarm.display(minutesBefore(), "Meet " + name + " in " + ALARM_MINUTES_BEFORE + " minutes"));
        return event;
    }

    /** A trigger {@link #ALARM_MINUTES_BEFORE} minutes before an entry's start. */
    private static Trigger minutesBefore() {
        return new Trigger(new Duration.Builder().minutes(ALARM_MINUTES_BEFORE).prior(true).build(), Related.START);
    }

    public static String eventUid(Event event) {
        return "event-" + event.id().value() + "@needle";
    }

    private static VEvent event(Event planned, String prepSheet, Instant stamp) {
        VEvent event = new VEvent();
        event.setUid(eventUid(planned));
        event.setDateTimeStamp(Date.from(stamp));
        if (planned.time().isAllDay()) {
            // A DATE value, as for follow-ups: built in the zone biweekly formats it in.
            event.setDateStart(Date.from(planned.date().atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant()), false);
        } else {
            // Floating local time (RFC 5545 3.3.5, form 1): Needle keeps the hour on the clock where the
            // event is, not a zone, so it writes that hour and every calendar shows it as typed.
            event.setDateStart(floating(planned.starts()), true);
            event.setDateEnd(floating(planned.ends()), true);
        }
        event.setSummary(PrintableText.line(planned.name()));
        if (!planned.place().isBlank()) {
            event.setLocation(PrintableText.line(planned.place()));
        }
        String description = (PrintableText.lines(planned.notes()) + "\n\n" + PrintableText.lines(prepSheet)).strip();
        if (!description.isEmpty()) {
            event.setDescription(description);
        }
        // As `needle remind` names events coming up, the calendar reminds of them as it does of meetings and follow-ups.
        String at = planned.place().isBlank() ? "" : ", at " + PrintableText.line(planned.place());
        event.addAlarm(planned.time().isAllDay() ? dayAlarm(PrintableText.line(planned.name()) + " today" + at)
                : VAlarm.display(minutesBefore(), PrintableText.line(planned.name()) + " in " + ALARM_MINUTES_BEFORE
                        + " minutes" + at));
        return event;
    }

    /** A date-time biweekly writes as floating: it formats floating values in the JVM's default zone. */
    private static Date floating(LocalDateTime at) {
        return Date.from(at.atZone(TimeZone.getDefault().toZoneId()).toInstant());
    }

    private static VEvent followUp(Contact contact, LocalDate date, Instant stamp) {
        VEvent event = new VEvent();
        event.setUid(followUpUid(contact));
        event.setDateTimeStamp(Date.from(stamp));
        // A DATE value: biweekly formats it in the JVM's default zone, so the date is built in that zone.
        event.setDateStart(Date.from(date.atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant()), false);
        event.setSummary("Follow up with " + PrintableText.line(contact.name()));
        if (!contact.company().isEmpty()) {
            event.setDescription(PrintableText.line(contact.name() + ", " + contact.company()));
        }
        event.addAlarm(dayAlarm("Follow up with " + PrintableText.line(contact.name()) + " today"));
        return event;
    }

    /** The day someone comes due for a touch; an overdue one is put on today, so its alarm still rings. */
    private static VEvent keepInTouch(TouchDue due, LocalDate today, Instant stamp) {
        Contact contact = due.contact();
        LocalDate on = due.dueOn().isBefore(today) ? today : due.dueOn();
        VEvent event = new VEvent();
        event.setUid(touchUid(contact));
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(Date.from(on.atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant()), false);
        String name = PrintableText.line(contact.name());
        event.setSummary("Keep in touch with " + name);
        event.setDescription(PrintableText.line("Keep in touch " + due.cadence().label() + "; "
                + due.last().map(l -> "last " + l.channel().label() + " on " + l.on()).orElse("nothing logged yet")
                + (due.dueOn().isBefore(today) ? "; due since " + due.dueOn() : "")));
        event.addAlarm(dayAlarm("Keep in touch with " + name + " today"));
        return event;
    }

    /** A display alarm {@link #DAY_ALARM_HOURS} hours after the start of an all-day entry. */
    private static VAlarm dayAlarm(String text) {
        Trigger at = new Trigger(new Duration.Builder().hours(DAY_ALARM_HOURS).build(), Related.START);
        return VAlarm.display(at, text);
    }
}
