package dev.needle.application.service;

import dev.needle.application.port.in.ListDueUseCase;
import dev.needle.application.port.in.RemindUseCase;
import dev.needle.application.port.out.BeforeRemind;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.ReminderChannel;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.English;
import dev.needle.domain.Event;
import dev.needle.domain.FollowUps;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Namesakes;
import dev.needle.domain.ReminderDigest;
import dev.needle.domain.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the day's digest and sends it. The configured logging runs first ({@link BeforeRemind}), so
 * an interaction logged from mail overnight already counts. A reminder's key names what it is about
 * and the date it is due, so the same reminder is sent once a day, while a person still due tomorrow
 * is reminded again tomorrow.
 */
public final class RemindService implements RemindUseCase {
    private final BeforeRemind before;
    private final ContactStore contacts;
    private final ListDueUseCase due;
    private final MeetingRequestStore requests;
    private final EventStore events;
    private final SentReminders sent;
    private final ReminderChannel channel;
    private final ClockPort clock;
    private final Transactions transactions;

    public RemindService(BeforeRemind before, ContactStore contacts, ListDueUseCase due, MeetingRequestStore requests,
                         EventStore events, SentReminders sent, ReminderChannel channel, ClockPort clock,
                         Transactions transactions) {
        this.before = before;
        this.contacts = contacts;
        this.due = due;
        this.requests = requests;
        this.events = events;
        this.sent = sent;
        this.channel = channel;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Outcome remind() {
        before.logNewInteractions();
        LocalDate today = clock.today();
        ReminderDigest fresh = digest().without(sent.sentOn(today));
        if (fresh.isEmpty()) {
            return new Outcome(fresh);
        }
        channel.send(fresh);
        transactions.run(() -> sent.record(today, fresh.keys()));
        return new Outcome(fresh);
    }

    @Override
    public ReminderDigest preview() {
        return digest();
    }

    private ReminderDigest digest() {
        LocalDate today = clock.today();
        LocalDateTime now = clock.now();
        List<ReminderDigest.Line> followUps = new ArrayList<>();
        List<MeetingRequest> meetingsComing = meetingsInTheNextDay(today, now);
        // Accepting a meeting sets the follow-up to its day: on that day the meeting is the follow-up.
        Set<ContactId> meetingToday = new HashSet<>();
        meetingsComing.stream().filter(r -> r.schedule().orElseThrow().at().toLocalDate().equals(today))
                .forEach(r -> meetingToday.add(r.contact()));
        FollowUps dueNow = FollowUps.due(contacts.sampleFollowUps(Optional.empty(), today, Integer.MAX_VALUE).contacts(), today);
        List<Contact> toFollowUp = concat(dueNow.overdue(), dueNow.dueToday().stream()
                .filter(c -> !meetingToday.contains(c.id())).toList());
        List<ListDueUseCase.Person> losingTouch = due.due(0).people();
        List<Contact> named = new ArrayList<>(toFollowUp);
        losingTouch.forEach(p -> named.add(p.touch().contact()));
        // A reminder is read away from Needle: two people of one name must not read as the same line.
        Namesakes names = Namesakes.among(named);
        for (Contact c : toFollowUp) {
            LocalDate on = c.nextFollowUp().orElseThrow();
            followUps.add(new ReminderDigest.Line("follow-up:" + c.id().value() + ":" + on,
                    names.nameOf(c) + (on.isBefore(today) ? " (follow-up overdue since " + on + ")" : " (follow-up due today)")));
        }
        List<ReminderDigest.Line> losing = losingTouch.stream().map(p -> new ReminderDigest.Line(
                "touch:" + p.touch().contact().id().value() + ":" + p.touch().dueOn(),
                names.nameOf(p.touch().contact()) + ": " + lastTouch(p) + "; keep in touch " + p.touch().cadence().label()
                        + (p.serves().isEmpty() ? "" : "; can help with " + p.serves().stream()
                        .map(n -> "\"" + n.title() + "\"").collect(Collectors.joining(", "))))).toList();
        List<ReminderDigest.Line> meetings = new ArrayList<>();
        for (MeetingRequest r : meetingsComing) {
            Schedule at = r.schedule().orElseThrow();
            String who = contacts.find(r.contact()).map(Contact::name).orElse("someone");
            meetings.add(new ReminderDigest.Line("meeting:" + r.id().value() + ":" + at.at(),
                    at.at().toLocalDate() + " " + at.at().toLocalTime() + " " + at.format().label() + " with " + who
                            + (at.place().isBlank() ? "" : " at " + at.place())));
        }
        return new ReminderDigest(today, followUps, losing, meetings, eventsComing(now));
    }

    /** Meetings set from now to a day from now, as the digest lists them. */
    private List<MeetingRequest> meetingsInTheNextDay(LocalDate today, LocalDateTime now) {
        return requests.findScheduled(today, today.plusDays(1)).stream().filter(r -> {
            LocalDateTime at = r.schedule().orElseThrow().at();
            return !at.isBefore(now) && !at.isAfter(now.plusDays(1));
        }).toList();
    }

    /**
     * Events starting in the next day, and all-day events today or tomorrow: "UX Lyon Meetup #42
     * tonight at 7 pm, in 3 hours, at La Cordée". The key holds the start, so a moved event is reminded again.
     */
    private List<ReminderDigest.Line> eventsComing(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<ReminderDigest.Line> lines = new ArrayList<>();
        for (Event event : events.findAll()) {
            boolean coming = event.time().isAllDay()
                    ? !event.date().isBefore(today) && !event.date().isAfter(today.plusDays(1))
                    : !event.starts().isBefore(now) && !event.starts().isAfter(now.plusDays(1));
            if (coming) {
                lines.add(new ReminderDigest.Line("event:" + event.id().value() + ":" + event.starts(),
                        event.name() + " " + event.whenFrom(now) + (event.place().isBlank() ? "" : ", at " + event.place())));
            }
        }
        return lines;
    }

    private static String lastTouch(ListDueUseCase.Person p) {
        return p.touch().last().map(t -> "last " + t.channel().label() + " on " + t.on())
                .orElse("nothing logged yet") + (p.daysOverdue() > 0 ? ", " + English.count(p.daysOverdue(), "day") + " overdue" : ", due today");
    }

    private static List<Contact> concat(List<Contact> a, List<Contact> b) {
        List<Contact> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
