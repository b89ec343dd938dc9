package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.CaptureAtEventUseCase;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.FollowUpUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactName;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Schedule;
import dev.needle.domain.Stage;
import dev.needle.domain.Target;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class WeekServicesTest {
    private final Fakes fakes = new Fakes();
    private final LogInteractionService log = new LogInteractionService(fakes.interactions, fakes.contacts, fakes.requests, fakes.needs,
            fakes.ids, fakes.clock, fakes.transactions);
    private final FollowUpService followUps = new FollowUpService(fakes.contacts, log, fakes.clock, fakes.transactions);
    private final Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Ruiz").edit().company("Acme").build());

    private MeetingRequest request(long id, ContactId who) {
        return fakes.requests.save(MeetingRequest.pending(new MeetingRequestId(id), who, Fakes.TODAY, Initiator.THEM,
                "coffee?", Channel.COFFEE, "Cafe", Optional.empty(), new CostEstimate(45, 20, Money.ZERO)));
    }

    @Test
    void snoozeMovesTheFollowUpFromTodayAndSetCanClearIt() {
        assertThat(followUps.snooze(ana.id(), 1).nextFollowUp()).contains(Fakes.TODAY.plusDays(1));
        followUps.setFollowUp(ana.id(), Optional.of(Fakes.TODAY));
        assertThat(followUps.snooze(ana.id(), 7).nextFollowUp()).contains(Fakes.TODAY.plusDays(7));
        assertThat(followUps.setFollowUp(ana.id(), Optional.empty()).nextFollowUp()).isEmpty();
        assertThatThrownBy(() -> followUps.snooze(ana.id(), 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void snoozingAFollowUpDueLaterMovesItLaterNeverEarlier() {
        followUps.setFollowUp(ana.id(), Optional.of(Fakes.TODAY.plusDays(6)));
        assertThat(followUps.snooze(ana.id(), 1).nextFollowUp()).contains(Fakes.TODAY.plusDays(7));
    }

    @Test
    void completingLogsTheInteractionAndSetsTheNextFollowUp() {
        followUps.setFollowUp(ana.id(), Optional.of(Fakes.TODAY));

        Contact done = followUps.complete(new FollowUpUseCase.Completion(ana.id(), Channel.EMAIL, 10, "sent the deck",
                Optional.of(Fakes.TODAY.plusDays(14))));

        assertThat(done.nextFollowUp()).contains(Fakes.TODAY.plusDays(14));
        assertThat(done.stage()).isEqualTo(Stage.FOLLOWING_UP);
        assertThat(fakes.interactions.findByContact(ana.id())).singleElement()
                .satisfies(i -> assertThat(i.notes()).isEqualTo("sent the deck"));
    }

    @Test
    void captureAtAnEventTagsThePersonWithItAndFollowsUpTwoDaysAfterByDefault() {
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "UX meetup", Fakes.TODAY.minusDays(1), "Library"));
        CaptureAtEventService capture = new CaptureAtEventService(fakes.contacts, (query, limit) -> List.of(), fakes.events, fakes.ids, fakes.clock, fakes.transactions);

        Contact bo = capture.capture(CaptureAtEventUseCase.Command.of(meetup.id(), "Bo", "Globex", "", "likes maps"))
                .contact();
        Contact cy = capture.capture(new CaptureAtEventUseCase.Command(meetup.id(), "Cy", "", "", "", 5)).contact();

        assertThat(bo.origin().event()).contains(meetup.id());
        assertThat(bo.origin().on()).contains(meetup.date());
        assertThat(bo.nextFollowUp()).contains(meetup.date().plusDays(2));
        assertThat(bo.notes()).isEqualTo("likes maps");
        assertThat(cy.nextFollowUp()).contains(meetup.date().plusDays(5));
    }

    @Test
    void aPersonAddedToAnEventStillToComeIsExpectedThereAndNotYetMet() {
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "UX meetup", Fakes.TODAY.plusDays(1), "Library"));
        CaptureAtEventService capture = new CaptureAtEventService(fakes.contacts, (query, limit) -> List.of(), fakes.events, fakes.ids, fakes.clock,
                fakes.transactions);

        CaptureAtEventUseCase.Captured captured = capture.capture(
                CaptureAtEventUseCase.Command.of(meetup.id(), "Bo", "Globex", "", ""));
        Contact bo = captured.contact();

        assertThat(captured.expectedAt()).hasValueSatisfying(e -> assertThat(e.expected()).containsExactly(bo.id()));
        assertThat(bo.origin().event()).isEmpty();
        assertThat(bo.origin().on()).isEmpty();
        assertThat(bo.nextFollowUp()).isEmpty();
        assertThat(bo.stage()).isEqualTo(dev.needle.domain.Stage.NOT_MET_YET);
        assertThat(fakes.events.find(meetup.id()).orElseThrow().expected()).containsExactly(bo.id());
    }

    @Test
    void someoneKnownWhoIsExpectedAtAnEventIsNotAddedAgain() {
        // "Katrin Müller" of Enpal, typed as expected at a meetup, became a second Katrin beside the
        // "Katrin Müller-Lüdenscheidt" of Enpal that LinkedIn had brought.
        Contact katrin = fakes.contacts.save(Contact.created(new ContactId(7), "Katrin Müller-Lüdenscheidt").edit()
                .company("Enpal").role("Head of Data").build());
        fakes.contacts.save(Contact.created(new ContactId(8), "Katrin Berg").edit().company("N26").build());
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "Data meetup", Fakes.TODAY.plusDays(3), "Zalando"));
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        CaptureAtEventService capture = new CaptureAtEventService(indexed, indexed, fakes.events, fakes.ids, fakes.clock,
                fakes.transactions);
        int people = fakes.contacts.findAll().size();

        CaptureAtEventUseCase.Captured captured = capture.capture(
                CaptureAtEventUseCase.Command.of(meetup.id(), "Katrin Müller", "Enpal", "", ""));

        assertThat(captured.known()).isTrue();
        assertThat(captured.contact().id()).isEqualTo(katrin.id());
        assertThat(fakes.contacts.findAll()).hasSize(people);
        assertThat(fakes.events.find(meetup.id()).orElseThrow().expected()).containsExactly(katrin.id());
        // Two Katrins and no company to tell them apart: a new person, as typed, rather than a guess.
        assertThat(capture.capture(CaptureAtEventUseCase.Command.of(meetup.id(), "Katrin", "", "", "")).known()).isFalse();
    }

    @Test
    void todayGathersFollowUpsUndecidedPeopleWaitingRequestsThisWeeksMeetingsBudgetAndNeeds() {
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "UX meetup", Fakes.TODAY.minusDays(3), "Library"));
        fakes.contacts.save(Contact.capture(new ContactId(2), "Bo").edit()
                .origin(dev.needle.domain.Origin.atEvent(meetup.id(), meetup.date())).build());
        followUps.setFollowUp(ana.id(), Optional.of(Fakes.TODAY.minusDays(1)));
        request(10, ana.id());
        MeetingRequest soon = request(11, ana.id());
        fakes.requests.save(soon.accept(new Schedule(Fakes.TODAY.plusDays(2).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        MeetingRequest far = request(12, ana.id());
        fakes.requests.save(far.accept(new Schedule(Fakes.TODAY.plusDays(20).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        fakes.budget.set(new Budget(240, Money.parse("40")));
        fakes.needs.save(Need.open(new NeedId(30), "intro to Acme", NeedKind.INTRODUCTION, List.of(Target.company("Acme")), 1));

        GetTodayUseCase.Today today = new GetTodayService(new IndexedContactStore(fakes.contacts, new WatchedThreads()), fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads()).today();

        assertThat(today.followUps().overdue()).extracting(Contact::name).containsExactly("Ana Ruiz");
        assertThat(today.undecided()).extracting(Contact::name).containsExactly("Bo");
        assertThat(today.waiting()).extracting(m -> m.request().id().value()).containsExactly(10L);
        assertThat(today.scheduledThisWeek()).extracting(m -> m.request().id().value()).containsExactly(11L);
        assertThat(today.budget()).isPresent();
        assertThat(today.needs().open()).isEqualTo(1);
    }

    /**
     * A row of Today's requests only names its person (Enter reads them whole): the day reads their
     * names, not the people, before the index loads and after, and gives the same rows both times.
     */
    @Test
    void todaysRequestsNameTheirPeopleWithoutReadingThemWhole() {
        Contact bo = fakes.contacts.save(Contact.capture(new ContactId(2), "Bo Lind"));
        request(10, bo.id());
        fakes.requests.save(request(11, ana.id())
                .accept(new Schedule(Fakes.TODAY.plusDays(2).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        List<ContactId> readWhole = new java.util.ArrayList<>();
        IndexedContactStore indexed = new IndexedContactStore(new FakeStoreWrapper(fakes.contacts) {
            @Override
            public Optional<Contact> find(ContactId id) {
                readWhole.add(id);
                return super.find(id);
            }

            @Override
            public List<Contact> findByIds(java.util.Collection<ContactId> ids) {
                readWhole.addAll(ids);
                return super.findByIds(ids);
            }
        }, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        GetTodayUseCase.Today cold = service.today();
        assertThat(readWhole).as("nobody read whole for the first frame").isEmpty();
        assertThat(cold.waiting()).extracting(GetTodayUseCase.Meeting::contact)
                .containsExactly(new ContactName(bo.id(), "Bo Lind"));
        assertThat(cold.scheduledThisWeek()).extracting(GetTodayUseCase.Meeting::contact)
                .containsExactly(new ContactName(ana.id(), "Ana Ruiz"));
        indexed.index().size();
        assertThat(service.today()).isEqualTo(cold);
    }

    @Test
    void pendingCountsFollowUpsDueAndRequestsWaitingTheSameBeforeAndAfterTheIndexLoads() {
        followUps.setFollowUp(ana.id(), Optional.of(Fakes.TODAY.minusDays(3)));
        fakes.contacts.save(Contact.capture(new ContactId(2), "Bo").followUpOn(Fakes.TODAY));
        fakes.contacts.save(Contact.capture(new ContactId(3), "Cy").followUpOn(Fakes.TODAY.plusDays(1)));
        request(10, ana.id());
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        assertThat(service.pending()).isEqualTo(new GetTodayUseCase.Pending(2, 1));
        indexed.index().size();
        assertThat(service.pending()).isEqualTo(new GetTodayUseCase.Pending(2, 1));
    }

    /** The first screen takes the tab bar's counts from the day it read instead of reading them again. */
    @Test
    void theDayCountsWhatTheTabBarCountsBeforeAndAfterTheIndexLoads() {
        int overdue = GetTodayUseCase.Today.SHOWN + 5; // more than the day lists
        for (long id = 2; id < 2 + overdue; id++) {
            fakes.contacts.save(Contact.capture(new ContactId(id), "Overdue " + id).followUpOn(Fakes.TODAY.minusDays(id)));
        }
        fakes.contacts.save(Contact.capture(new ContactId(100), "Bo").followUpOn(Fakes.TODAY));
        fakes.contacts.save(Contact.capture(new ContactId(101), "Cy").followUpOn(Fakes.TODAY.plusDays(1)));
        fakes.contacts.save(Contact.capture(new ContactId(102), "Di").followUpOn(Fakes.TODAY.minusDays(1))
                .closeKindly("Thanks, not now", Fakes.TODAY.minusDays(2)));
        request(10, ana.id());
        request(11, new ContactId(100));
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        GetTodayUseCase.Pending expected = new GetTodayUseCase.Pending(overdue + 1, 2);
        assertThat(service.today().pending()).isEqualTo(expected).isEqualTo(service.pending());
        indexed.index().size();
        assertThat(service.today().pending()).isEqualTo(expected).isEqualTo(service.pending());
    }

    /**
     * The events of today and the week ahead come with the day: before the index has read everyone they
     * are read only once asked for (the first frame of a large book makes no statement for them), after
     * it at once; either way the same events, in calendar order, the week's last day included.
     */
    @Test
    void theEventsAheadAreReadOnlyWhenAskedBeforeTheIndexLoadsAndAtOnceAfter() {
        List<String> reads = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.needle.application.port.out.EventStore counted = new dev.needle.application.port.out.EventStore() {
            @Override
            public Optional<Event> find(EventId id) {
                return fakes.events.find(id);
            }

            @Override
            public List<Event> findAll() {
                reads.add("all");
                return fakes.events.findAll();
            }

            @Override
            public List<Event> findBetween(LocalDate first, LocalDate last) {
                reads.add(first + ".." + last);
                return fakes.events.findBetween(first, last);
            }

            @Override
            public Event save(Event event) {
                return fakes.events.save(event);
            }

            @Override
            public boolean delete(EventId id) {
                return fakes.events.delete(id);
            }
        };
        Event tonight = fakes.events.save(Event.plan(new EventId(20), "UX Lyon Meetup #42", Fakes.TODAY, "La Cordée")
                .at(EventTime.read("19:00")));
        Event inAWeek = fakes.events.save(Event.plan(new EventId(21), "Research guild", Fakes.TODAY.plusDays(7), ""));
        fakes.events.save(Event.plan(new EventId(22), "Summit", Fakes.TODAY.plusDays(8), ""));
        fakes.events.save(Event.plan(new EventId(23), "Last week's", Fakes.TODAY.minusDays(1), ""));
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, counted, new WatchedThreads());

        GetTodayUseCase.Today cold = service.today();
        assertThat(reads).as("no read before it is asked for").isEmpty();
        assertThat(cold.events()).containsExactly(tonight, inAWeek);
        assertThat(cold.eventsAhead().get().seenAt()).isEqualTo(fakes.clock.now());
        assertThat(reads).containsExactly(Fakes.TODAY + ".." + Fakes.TODAY.plusDays(7));

        indexed.index().size();
        reads.clear();
        GetTodayUseCase.Today warm = service.today();
        assertThat(warm.eventsAhead().arrived()).isTrue();
        assertThat(reads).hasSize(1);
        assertThat(warm.events()).containsExactly(tonight, inAWeek);
    }

    /** Wednesday: Sunday's meeting is this week, next Monday's is not, the same week the budget counts. */
    @Test
    void meetingsThisWeekAreTheMondayToSundayWeekTheBudgetCounts() {
        MeetingRequest sunday = request(11, ana.id());
        fakes.requests.save(sunday.accept(new Schedule(Fakes.TODAY.plusDays(4).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        MeetingRequest monday = request(12, ana.id());
        fakes.requests.save(monday.accept(new Schedule(Fakes.TODAY.plusDays(5).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        fakes.budget.set(new Budget(240, Money.parse("40")));

        GetTodayUseCase.Today today = new GetTodayService(new IndexedContactStore(fakes.contacts, new WatchedThreads()), fakes.requests, fakes.needs,
                fakes.budget, fakes.interactions, fakes.clock, fakes.events, new WatchedThreads()).today();

        assertThat(today.scheduledThisWeek()).extracting(m -> m.request().id().value()).containsExactly(11L);
        dev.needle.domain.Week week = dev.needle.domain.Week.of(today.budget().orElseThrow().today());
        assertThat(today.scheduledThisWeek()).allMatch(m -> week.contains(m.request().schedule().orElseThrow().at().toLocalDate()));
    }

    @Test
    void aDeletedContactComesBackWithItsInteractionsAndRequests() {
        log.logInteraction(new dev.needle.application.port.in.LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.CALL, 20, 0, Expenses.NONE, "intro call", Set.of()));
        request(10, ana.id());
        DeleteContactService delete = new DeleteContactService(fakes.contacts, fakes.interactions, fakes.requests,
                fakes.keepInTouch, fakes.privateNotes, fakes.transactions);

        DeleteContactUseCase.Removed removed = delete.delete(ana.id());
        assertThat(fakes.contacts.find(ana.id())).isEmpty();
        assertThat(fakes.interactions.findByContact(ana.id())).isEmpty();

        Contact back = delete.restore(removed);

        assertThat(back.name()).isEqualTo("Ana Ruiz");
        assertThat(fakes.interactions.findByContact(ana.id())).extracting(Interaction::notes).containsExactly("intro call");
        assertThat(fakes.requests.findByContact(ana.id())).hasSize(1);
    }

    @Test
    void costPerNeedReportsTheInteractionsThatAdvancedEachNeed() {
        Need intro = fakes.needs.save(Need.open(new NeedId(30), "intro to Acme", NeedKind.INTRODUCTION, List.of(), 1));
        fakes.interactions.add(new Interaction(new InteractionId(40), ana.id(), Fakes.TODAY.minusYears(2),
                Channel.COFFEE, 60, 30, Expenses.of(ExpenseKind.COFFEE, Money.parse("5")), "", Set.of(intro.id())));

        List<NeedCost> costs = new CostPerNeedService(fakes.needs, fakes.interactions).costPerNeed();

        assertThat(costs).singleElement().satisfies(c -> {
            assertThat(c.minutes()).isEqualTo(90);
            assertThat(c.money()).isEqualTo(Money.parse("5"));
        });
    }

    @Test
    void thePrepSheetExportsAsMarkdownWithTheNeedsTheQuestionAndWhoCanHelp() {
        fakes.needs.save(Need.open(new NeedId(30), "intro to *Acme*", NeedKind.INTRODUCTION,
                List.of(Target.company("Acme")), 1));
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "UX meetup", Fakes.TODAY.plusDays(1), "Library"));
        ExportPrepSheetService export = new ExportPrepSheetService(
                new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults()));

        String md = export.markdown(meetup.id());

        assertThat(md).startsWith("# Prep sheet: UX meetup\n").contains(Fakes.TODAY.plusDays(1) + " · Library")
                .contains("## 1. intro to \\*Acme\\*").contains("Ask: ").contains("- **Ana Ruiz** (Acme)");
    }

    @Test
    void thePrepSheetSaysTheTimeOfATimedEventAsAMessageDoes() {
        Event meetup = fakes.events.save(Event.plan(new EventId(50), "UX Lyon Meetup #42", Fakes.TODAY.plusDays(1),
                "La Cordée").at(EventTime.read("19:00")));
        Event fair = fakes.events.save(Event.plan(new EventId(51), "Fair", Fakes.TODAY.plusDays(2), "Hall")
                .at(EventTime.read("9am-5:30pm")));
        ExportPrepSheetService export = new ExportPrepSheetService(
                new PrepareEventService(fakes.events, fakes.needs, fakes.contacts, TriageSettings.defaults()));

        assertThat(export.markdown(meetup.id())).contains(Fakes.TODAY.plusDays(1) + " at 7 pm · La Cordée");
        assertThat(export.markdown(fair.id())).contains(Fakes.TODAY.plusDays(2) + " from 9 am to 5:30 pm · Hall");
    }

    /** The indexed store answers Today from lists it keeps ready; what the user sees must not change. */
    @Test
    void todayThroughTheIndexedStoreShowsWhatAFullReadShows() {
        Event earlier = fakes.events.save(Event.plan(new EventId(50), "UX meetup", Fakes.TODAY.minusDays(3), "Library"));
        Event now = fakes.events.save(Event.plan(new EventId(51), "Fair", Fakes.TODAY, "Hall"));
        Event later = fakes.events.save(Event.plan(new EventId(52), "Expo", Fakes.TODAY.plusDays(3), "Hall"));
        String[] names = {"Zed", "Bo", "Mia", "Al", "Kai", "Eve"};
        long id = 100;
        for (String name : names) {
            for (Event event : List.of(earlier, now, later)) {
                fakes.contacts.save(Contact.capture(new ContactId(id++), name).edit()
                        .origin(dev.needle.domain.Origin.atEvent(event.id(), event.date())).build());
            }
            // Met at an event of unknown date: counted as met today.
            fakes.contacts.save(Contact.capture(new ContactId(id++), name).edit()
                    .origin(new dev.needle.domain.Origin(Optional.of(earlier.id()), "", Optional.empty(), Optional.empty())).build());
            fakes.contacts.save(Contact.capture(new ContactId(id++), name).followUpOn(Fakes.TODAY.plusDays((int) (id % 9) - 2)));
        }
        request(10, new ContactId(100));
        fakes.requests.save(request(11, new ContactId(101))
                .accept(new Schedule(Fakes.TODAY.plusDays(2).atTime(10, 0), "Cafe", Channel.COFFEE, 45), ""));
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        List<Contact> everyone = fakes.contacts.findAll();
        int fullReads = fakes.contacts.findAllCalls();
        // First (the first frame): the index is not loaded, so Today reads only the rows it shows.
        GetTodayUseCase.Today cold = service.today();
        assertThat(fakes.contacts.findAllCalls()).isEqualTo(fullReads);
        assertThat(indexed.index().isLoaded()).isFalse();
        indexed.index().size();
        GetTodayUseCase.Today fast = service.today();

        // The kept lists equal what the domain computes from a full read, before the index loads and after.
        // (The index answers listed copies of the contacts: the same people, in the same order.)
        assertThat(ids(fast.undecided())).hasSize(3 * names.length)
                .containsExactlyElementsOf(ids(dev.needle.domain.AfterEvent.undecided(everyone, Fakes.TODAY)));
        assertThat(shown(fast.followUps())).isEqualTo(shown(dev.needle.domain.FollowUps.due(everyone, Fakes.TODAY)));
        assertThat(fast.waiting()).extracting(m -> m.request().id().value()).containsExactly(10L);
        assertThat(fast.scheduledThisWeek()).extracting(m -> m.request().id().value()).containsExactly(11L);
        assertThat(shown(cold)).isEqualTo(shown(fast));
    }

    /**
     * Years of overdue follow-ups and people never decided on: Today lists the longest waiting of each
     * and counts the rest, the same before the index loads (the store samples them) and after.
     */
    @Test
    void todayListsTheLongestWaitingOverdueAndUndecidedAndCountsTheRest() {
        long id = 100;
        for (int i = 0; i < 70; i++) {
            Event event = fakes.events.save(Event.plan(new EventId(id++), "Meetup " + i, Fakes.TODAY.minusDays(200 - i), "Hall"));
            fakes.contacts.save(Contact.capture(new ContactId(id++), "Met " + (100 + i)).edit()
                    .origin(dev.needle.domain.Origin.atEvent(event.id(), event.date())).build());
            fakes.contacts.save(Contact.capture(new ContactId(id++), "Late " + (100 + i)).followUpOn(Fakes.TODAY.minusDays(90 - i)));
        }
        fakes.contacts.save(Contact.capture(new ContactId(id), "Due Today").followUpOn(Fakes.TODAY));
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        GetTodayService service = new GetTodayService(indexed, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        GetTodayUseCase.Today cold = service.today();
        indexed.index().size();
        GetTodayUseCase.Today warm = service.today();

        List<Contact> everyone = fakes.contacts.findAll();
        for (GetTodayUseCase.Today today : List.of(cold, warm)) {
            assertThat(ids(today.followUps().overdue())).hasSize(GetTodayUseCase.Today.SHOWN)
                    .containsExactlyElementsOf(ids(dev.needle.domain.FollowUps.due(everyone, Fakes.TODAY).overdue()
                            .subList(0, GetTodayUseCase.Today.SHOWN)));
            assertThat(today.followUps().overdue().get(0).name()).isEqualTo("Late 100");
            assertThat(today.overdueTotal()).isEqualTo(70);
            assertThat(today.overdueNotShown()).isEqualTo(20);
            assertThat(today.followUps().dueToday()).extracting(Contact::name).containsExactly("Due Today");
            assertThat(today.undecided()).extracting(Contact::name).hasSize(GetTodayUseCase.Today.SHOWN)
                    .startsWith("Met 100", "Met 101").doesNotContain("Met 150");
            assertThat(today.undecidedNotShown()).isEqualTo(20);
        }
        assertThat(shown(cold)).isEqualTo(shown(warm));
        assertThat(new ListFollowUpsService(indexed, fakes.clock).undecided()).as("the Follow-ups screen lists them all")
                .hasSize(70);
    }

    /**
     * Warming the index in the background must lose no save: neither one this session makes while the
     * warm-up reads everyone, nor one another session commits then. The read is held open until both
     * have happened, after it took its rows.
     */
    @Test
    void savesMadeWhileTheIndexWarmsUpAreFoundAfterwards() throws Exception {
        CountDownLatch rowsTaken = new CountDownLatch(1);
        CountDownLatch savesDone = new CountDownLatch(1);
        CountDownLatch stored = new CountDownLatch(1);
        IndexedContactStore indexed = new IndexedContactStore(new FakeStoreWrapper(fakes.contacts) {
            @Override
            public List<Contact> findAfter(Optional<ContactId> after, int limit) {
                List<Contact> rows = super.findAfter(after, limit);
                rowsTaken.countDown();
                await(savesDone);
                return rows;
            }

            @Override
            public Contact save(Contact contact) {
                Contact saved = super.save(contact);
                stored.countDown();
                return saved;
            }
        }, new WatchedThreads());

        indexed.warmUpInBackground();
        await(rowsTaken);
        ExecutorService thisSession = Executors.newSingleThreadExecutor();
        // Saves through the indexed store: the index is being loaded, so its update waits for the load.
        Future<Contact> renamed = thisSession.submit(() ->
                indexed.save(fakes.contacts.find(ana.id()).orElseThrow().edit().name("Ana Ruiz-Diaz").build()));
        await(stored);
        Contact otherSession = fakes.contacts.save(Contact.capture(new ContactId(2), "Bo Chen").followUpOn(Fakes.TODAY));
        // A search that arrives while the read is still under way must wait for it and then catch up.
        FutureTask<List<Contact>> early = new FutureTask<>(() -> indexed.search("bo", 10));
        Thread searcher = new Thread(early, "early-search");
        searcher.start();
        while (searcher.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait();
        }
        savesDone.countDown();
        thisSession.shutdown();

        assertThat(ids(early.get())).containsExactly(otherSession.id());
        assertThat(indexed.search("ruiz-diaz", 10)).extracting(Contact::version).containsExactly(renamed.get().version());
        assertThat(ids(indexed.search("ruiz-diaz", 10))).containsExactly(renamed.get().id());
        assertThat(ids(indexed.followUpsDue(Fakes.TODAY).dueToday())).containsExactly(otherSession.id());
        assertThat(indexed.index().isLoaded()).isTrue();
    }

    /**
     * Today's undecided are read on a second thread at first, and the day is handed out before they
     * arrive; a failure there reaches whoever asks for them, as itself.
     */
    @Test
    void aFailedReadOfTheUndecidedFailsWhoeverAsksForThemWithItsOwnError() {
        IndexedContactStore broken = new IndexedContactStore(new FakeStoreWrapper(fakes.contacts) {
            @Override
            public dev.needle.application.port.out.ContactSample sampleAwaitingDecision(java.time.LocalDate today, int atLeast) {
                throw new IllegalStateException("database connection lost");
            }
        }, new WatchedThreads());
        GetTodayService service = new GetTodayService(broken, fakes.requests, fakes.needs, fakes.budget,
                fakes.interactions, fakes.clock, fakes.events, new WatchedThreads());

        GetTodayUseCase.Today day = service.today();

        assertThatThrownBy(day::undecided).isInstanceOf(IllegalStateException.class).hasMessage("database connection lost");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<ContactId> ids(List<Contact> contacts) {
        return contacts.stream().map(Contact::id).toList();
    }

    /** Who the follow-ups list, by id: the index answers listed copies, a full read whole contacts. */
    private static List<Object> shown(dev.needle.domain.FollowUps due) {
        return List.of(due.today(), ids(due.overdue()), ids(due.dueToday()), ids(due.thisWeek()));
    }

    /** What Today shows, its people by id. */
    private static List<Object> shown(GetTodayUseCase.Today t) {
        return List.of(t.date(), shown(t.followUps()), t.overdueTotal(), ids(t.undecided()), t.undecidedTotal(),
                t.waiting(), t.scheduledThisWeek(), t.budget(), t.needs());
    }
}
