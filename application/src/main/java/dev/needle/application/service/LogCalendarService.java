package dev.needle.application.service;

import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.in.CalendarEntry;
import dev.needle.application.port.in.LogCalendarUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.LogReport;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.out.CalendarReader;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Schedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns calendar entries into what Needle keeps. An entry that has ended, with known contacts among its
 * attendees or as its organizer (or, in an entry that lists nobody, named in full in its title), is an
 * interaction with each of them, its minutes the entry's length.
 * An entry still to come with known contacts is a scheduled meeting with each (a meeting request you
 * made and accepted, as if typed in: it shows among the meetings on Today and counts in the budget); an
 * entry to come with no known contact becomes, when asked, a networking event, so it gets a prep sheet.
 * Each is keyed by the entry's UID, its recurrence id and the contact, so reading the calendar again adds nothing.
 */
public final class LogCalendarService implements LogCalendarUseCase {
    /** Occurrences of recurring events are read from this far back... */
    static final int DAYS_BACK = 90;
    /** ...to this far ahead; a weekly meeting would otherwise repeat without end. */
    static final int DAYS_AHEAD = 30;
    static final String NO_KNOWN_PEOPLE = "entries with nobody you know";
    private static final String NO_PLACE = "(no place in the calendar)";

    private final CalendarReader reader;
    private final ContactStore contacts;
    private final EventStore events;
    private final LoggedSources logged;
    private final LogInteractionUseCase log;
    private final RecordMeetingRequestUseCase recordRequest;
    private final AcceptMeetingUseCase accept;
    private final IdSource ids;
    private final ClockPort clock;
    private final Transactions transactions;

    public LogCalendarService(CalendarReader reader, ContactStore contacts, EventStore events, LoggedSources logged,
                              LogInteractionUseCase log, RecordMeetingRequestUseCase recordRequest, AcceptMeetingUseCase accept,
                              IdSource ids, ClockPort clock, Transactions transactions) {
        this.reader = reader;
        this.contacts = contacts;
        this.events = events;
        this.logged = logged;
        this.log = log;
        this.recordRequest = recordRequest;
        this.accept = accept;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    private record Pending(String key, Contact contact, CalendarEntry entry, boolean past) {
    }

    @Override
    public LogReport logCalendar(Command command) {
        LocalDate today = clock.today();
        List<CalendarEntry> entries = reader.read(command.location(), today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        return transactions.inTransaction(() -> {
            KnownAddresses known = new KnownAddresses(contacts, command.me());
            KnownNames[] names = new KnownNames[1];
            Map<String, Pending> pending = new LinkedHashMap<>();
            Map<String, CalendarEntry> newEvents = new LinkedHashMap<>();
            Map<String, Integer> skipped = new TreeMap<>();
            for (CalendarEntry entry : entries) {
                String occurrence = entry.uid() + "|" + entry.recurrenceId();
                boolean past = !entry.end().isAfter(clock.now());
                List<Contact> people = people(entry, known);
                if (people.isEmpty() && nobodyElse(entry, known)) {
                    // Read once, and only for a calendar that lists nobody (as khal writes its entries).
                    if (names[0] == null) {
                        names[0] = new KnownNames(contacts.findAllListed());
                    }
                    people = names[0].namedIn(entry.summary());
                }
                if (people.isEmpty()) {
                    if (command.importEvents() && !past) {
                        newEvents.put("calendar-event|" + occurrence, entry);
                    } else {
                        skipped.merge(NO_KNOWN_PEOPLE, 1, Integer::sum);
                    }
                    continue;
                }
                for (Contact contact : people) {
                    String key = (past ? "calendar|" : "calendar-meeting|") + occurrence + "|" + contact.id().value();
                    pending.put(key, new Pending(key, contact, entry, past));
                }
            }
            List<String> keys = new ArrayList<>(pending.keySet());
            keys.addAll(newEvents.keySet());
            Set<String> before = logged.loggedAmong(keys);
            List<LogReport.Logged> interactions = new ArrayList<>();
            List<LogReport.Logged> meetings = new ArrayList<>();
            List<LogReport.PlannedEvent> planned = new ArrayList<>();
            pending.values().stream().filter(p -> !before.contains(p.key())).forEach(p -> {
                Channel channel = MeetingChannel.of(p.entry());
                int minutes = minutes(p.entry());
                LogReport.Logged line = new LogReport.Logged(p.contact().id(), p.contact().name(),
                        p.entry().start().toLocalDate(), channel, minutes, notes(p.entry()));
                (p.past() ? interactions : meetings).add(line);
                if (!command.dryRun()) {
                    long id = p.past() ? logInteraction(p, channel, minutes) : schedule(p, channel, minutes);
                    logged.remember(p.key(), p.past() ? LoggedSources.Kind.INTERACTION : LoggedSources.Kind.MEETING,
                            id, today);
                }
            });
            newEvents.forEach((key, entry) -> {
                if (before.contains(key)) {
                    return;
                }
                String name = entry.summary().isEmpty() ? "(untitled event)" : entry.summary();
                planned.add(new LogReport.PlannedEvent(name, entry.startThere().toLocalDate(), timeOf(entry), entry.location()));
                if (!command.dryRun()) {
                    Event event = events.save(Event.plan(new EventId(ids.next()), name, entry.startThere().toLocalDate(),
                            shortPlace(entry.location())).at(timeOf(entry)));
                    logged.remember(key, LoggedSources.Kind.EVENT, event.id().value(), today);
                }
            });
            int already = (int) keys.stream().filter(before::contains).count();
            return new LogReport(command.location(), entries.size(), interactions, meetings, planned, already, skipped,
                    List.of(), command.dryRun());
        });
    }

    /** The known contacts among the attendees and the organizer, each once, never the user. */
    private static List<Contact> people(CalendarEntry entry, KnownAddresses known) {
        Map<Object, Contact> found = new LinkedHashMap<>();
        List<MailAddress> everyone = new ArrayList<>();
        entry.organizer().ifPresent(everyone::add);
        everyone.addAll(entry.attendees());
        for (MailAddress address : everyone) {
            known.contact(address).ifPresent(contact -> found.putIfAbsent(contact.id(), contact));
        }
        return List.copyOf(found.values());
    }

    /** Whether the entry lists nobody but the user: no attendee and no organizer, or only the user's addresses. */
    private static boolean nobodyElse(CalendarEntry entry, KnownAddresses known) {
        return entry.organizer().stream().allMatch(known::isMine) && entry.attendees().stream().allMatch(known::isMine);
    }

    /** The entry's length, at most a day; an all-day entry counts no minutes, as its length says nothing of the time spent. */
    private static int minutes(CalendarEntry entry) {
        if (entry.allDay()) {
            return 0;
        }
        return (int) Math.min(24 * 60, Duration.between(entry.start(), entry.end()).toMinutes());
    }

    /**
     * An event's time from its calendar entry: none for an all-day entry; the start, and the end when it
     * falls within a day of it (an entry running over days, or with no length, keeps only its start). An
     * event's time is the hour on the clock where it is, as Needle keeps it, so it is read on the entry's own clock.
     */
    private static EventTime timeOf(CalendarEntry entry) {
        if (entry.allDay()) {
            return EventTime.ALL_DAY;
        }
        EventTime start = EventTime.at(entry.startThere().toLocalTime());
        Duration length = Duration.between(entry.startThere(), entry.endThere());
        return !length.isNegative() && !length.isZero() && length.compareTo(Duration.ofDays(1)) < 0
                ? start.until(entry.endThere().toLocalTime()) : start;
    }

    private static String notes(CalendarEntry entry) {
        return (entry.summary().isEmpty() ? "Calendar entry" : entry.summary()) + " (logged from your calendar)";
    }

    private long logInteraction(Pending p, Channel channel, int minutes) {
        return log.logInteraction(new LogInteractionUseCase.Command(p.contact().id(),
                Optional.of(p.entry().start().toLocalDate()), channel, minutes, 0, null, notes(p.entry()), Set.of()))
                .id().value();
    }

    private long schedule(Pending p, Channel channel, int minutes) {
        String place = channel.isFaceToFace() && p.entry().location().isEmpty() ? NO_PLACE : shortPlace(p.entry().location());
        int length = Math.max(1, minutes == 0 ? 60 : minutes);
        MeetingRequest request = recordRequest.recordRequest(new RecordMeetingRequestUseCase.Command(p.contact().id(), Initiator.ME,
                notes(p.entry()), channel, place, Optional.of(p.entry().start()), Optional.of(length), Optional.empty(),
                Optional.empty()));
        return accept.accept(request.id(), new Schedule(p.entry().start(), place, channel, length), "").id().value();
    }

    /** A place fits in 200 characters; a long location (a dial-in block) is cut, the calendar keeps it whole. */
    private static String shortPlace(String place) {
        return place.length() <= 200 ? place : place.substring(0, 199) + "…";
    }
}
