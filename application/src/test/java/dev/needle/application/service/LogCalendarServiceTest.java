package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.CalendarEntry;
import dev.needle.application.port.in.LogCalendarUseCase;
import dev.needle.application.port.in.LogReport;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventTime;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Reach;
import dev.needle.domain.RequestStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogCalendarServiceTest {
    private static final MailAddress ME = new MailAddress("Me", "me@example.net");
    private static final MailAddress ANA = new MailAddress("Ana", "ana@example.org");
    private static final MailAddress BOB = new MailAddress("Bob", "bob@example.com");
    private static final LocalDateTime YESTERDAY = Fakes.TODAY.minusDays(1).atTime(10, 0);
    private static final LocalDateTime TOMORROW = Fakes.TODAY.plusDays(1).atTime(15, 0);

    private final Fakes fakes = new Fakes();
    private final LogMailServiceTest.MapLoggedSources logged = new LogMailServiceTest.MapLoggedSources();
    private final List<CalendarEntry> calendar = new ArrayList<>();
    private final LogInteractionService log = new LogInteractionService(fakes.interactions, fakes.contacts, fakes.requests, fakes.needs,
            fakes.ids, fakes.clock, fakes.transactions);
    private final LogCalendarService service = new LogCalendarService((where, first, last) -> List.copyOf(calendar),
            fakes.contacts, fakes.events, logged, log,
            new RecordMeetingRequestService(fakes.requests, fakes.contacts, fakes.ids, fakes.clock, fakes.transactions,
                    MeetingDefaults.standard()),
            new AcceptMeetingService(fakes.requests, fakes.contacts, fakes.transactions), fakes.ids, fakes.clock,
            fakes.transactions);
    private final Contact ana = fakes.contacts.save(withEmail(1, "Ana Ruiz", "ana@example.org"));
    private final Contact bob = fakes.contacts.save(withEmail(2, "Bob Stone", "bob@example.com"));

    private static Contact withEmail(long id, String name, String email) {
        // Through the draft, so the test does not depend on every component of the record.
        return Contact.capture(new ContactId(id), name).edit()
                .reach(new Reach(List.of(email), List.of(), List.of())).build();
    }

    private static CalendarEntry entry(String uid, String recurrence, LocalDateTime start, int minutes, String summary,
                                       String location, String url, List<MailAddress> attendees) {
        return new CalendarEntry("cal.ics", uid, recurrence, start, start.plusMinutes(minutes), false, summary, location,
                url, attendees, Optional.of(ME));
    }

    private LogReport run(boolean events, boolean dryRun) {
        return service.logCalendar(new LogCalendarUseCase.Command("cal.ics", Set.of("me@example.net"), events, dryRun));
    }

    @Test
    void aPastEntryWithKnownPeopleIsAnInteractionWithEachItsMinutesItsLength() {
        calendar.add(entry("u1", "", YESTERDAY, 45, "Lunch", "Café Central", "", List.of(ME, ANA, BOB)));

        LogReport report = run(false, false);

        assertThat(report.interactions()).extracting(LogReport.Logged::name).containsExactly("Ana Ruiz", "Bob Stone");
        Interaction lunch = fakes.interactions.findByContact(ana.id()).get(0);
        assertThat(lunch.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(lunch.minutes()).isEqualTo(45);
        assertThat(lunch.date()).isEqualTo(YESTERDAY.toLocalDate());
        assertThat(lunch.notes()).isEqualTo("Lunch (logged from your calendar)");
    }

    @Test
    void aVideoLinkMakesAVideoCallAndAPhoneLocationACall() {
        calendar.add(entry("u1", "", YESTERDAY, 30, "Sync", "", "https://us02web.zoom.us/j/123", List.of(ANA)));
        calendar.add(entry("u2", "", YESTERDAY.minusDays(1), 20, "Catch-up", "Phone", "", List.of(BOB)));
        calendar.add(entry("u3", "", YESTERDAY.minusDays(2), 20, "Quick call with Bob", "", "", List.of(BOB)));

        run(false, false);

        assertThat(fakes.interactions.findByContact(ana.id())).extracting(Interaction::channel).containsExactly(Channel.VIDEO);
        assertThat(fakes.interactions.findByContact(bob.id())).extracting(Interaction::channel)
                .containsExactly(Channel.CALL, Channel.CALL);
    }

    @Test
    void anEntryToComeWithKnownPeopleIsAScheduledMeeting() {
        calendar.add(entry("u1", "", TOMORROW, 60, "Coffee", "Café Central", "", List.of(ANA)));

        LogReport report = run(false, false);

        assertThat(report.meetings()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("Ana Ruiz"));
        MeetingRequest meeting = fakes.requests.findByContact(ana.id()).get(0);
        assertThat(meeting.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(meeting.schedule().orElseThrow().at()).isEqualTo(TOMORROW);
        assertThat(meeting.schedule().orElseThrow().place()).isEqualTo("Café Central");
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();
    }

    @Test
    void withEventsAnEntryToComeWithNobodyKnownIsPlannedAsAnEvent() {
        calendar.add(entry("m1", "", TOMORROW, 120, "Java meetup", "Tech Hub", "", List.of(ME)));

        assertThat(run(false, false).events()).isEmpty();
        LogReport report = run(true, false);

        assertThat(report.events()).extracting(LogReport.PlannedEvent::name).containsExactly("Java meetup");
        assertThat(fakes.events.findAll()).extracting(Event::name, Event::date, Event::place)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Java meetup", TOMORROW.toLocalDate(), "Tech Hub"));
    }

    @Test
    void anEventPlannedFromATimedEntryKeepsItsStartAndEnd() {
        calendar.add(entry("m1", "", Fakes.TODAY.plusDays(3).atTime(19, 0), 150, "UX Lyon Meetup #42", "La Cordée", "",
                List.of(ME)));

        LogReport report = run(true, false);

        assertThat(report.events()).extracting(LogReport.PlannedEvent::time).containsExactly(EventTime.read("19:00-21:30"));
        assertThat(fakes.events.findAll()).extracting(Event::time).containsExactly(EventTime.read("19:00-21:30"));
    }

    @Test
    void anEventPlannedFromAnEntryInAnotherZoneIsOnTheDayAndHourOfItsOwnClock() {
        // 00:30 on Friday in Lyon is 18:30 on Thursday for a machine in New York.
        LocalDateTime here = Fakes.TODAY.plusDays(3).atTime(18, 30);
        LocalDateTime there = Fakes.TODAY.plusDays(4).atTime(0, 30);
        calendar.add(new CalendarEntry("cal.ics", "late", "", here, here.plusHours(2), there, there.plusHours(2), false,
                "Late talk", "La Cordée", "", List.of(ME), Optional.of(ME)));

        LogReport report = run(true, false);

        assertThat(report.events()).extracting(LogReport.PlannedEvent::date, LogReport.PlannedEvent::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(there.toLocalDate(), EventTime.read("0:30-2:30")));
        assertThat(fakes.events.findAll()).extracting(Event::date, Event::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(there.toLocalDate(), EventTime.read("0:30-2:30")));
    }

    @Test
    void anEventPlannedFromAnAllDayEntryStaysAllDay() {
        LocalDateTime day = Fakes.TODAY.plusDays(3).atStartOfDay();
        calendar.add(new CalendarEntry("cal.ics", "fair", "", day, day.plusDays(1), true, "Job fair", "Hall 3", "",
                List.of(ME), Optional.of(ME)));

        run(true, false);

        assertThat(fakes.events.findAll()).extracting(Event::time).containsExactly(EventTime.ALL_DAY);
    }

    @Test
    void anEntryRunningOverDaysKeepsOnlyItsStart() {
        calendar.add(entry("conf", "", Fakes.TODAY.plusDays(3).atTime(9, 0), 3 * 24 * 60, "Devoxx", "", "", List.of(ME)));

        run(true, false);

        assertThat(fakes.events.findAll()).extracting(Event::time).containsExactly(EventTime.read("9:00"));
    }

    @Test
    void eachOccurrenceIsLoggedOnceByUidAndRecurrenceIdHoweverOftenItRuns() {
        calendar.add(entry("weekly", "20260304T090000Z", YESTERDAY.minusDays(7), 30, "1:1", "Office", "", List.of(ANA)));
        calendar.add(entry("weekly", "20260311T090000Z", YESTERDAY, 30, "1:1", "Office", "", List.of(ANA)));
        calendar.add(entry("weekly", "20260325T090000Z", TOMORROW.plusDays(6), 30, "1:1", "Office", "", List.of(ANA)));

        LogReport dry = run(false, true);
        assertThat(dry.interactions()).hasSize(2);
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();

        run(false, false);
        LogReport again = run(false, false);

        assertThat(again.interactions()).isEmpty();
        assertThat(again.meetings()).isEmpty();
        assertThat(again.alreadyLogged()).isEqualTo(3);
        assertThat(fakes.interactions.findByContact(ana.id())).hasSize(2);
        assertThat(fakes.requests.findByContact(ana.id())).hasSize(1);
    }
}
