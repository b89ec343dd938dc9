package dev.needle.application.service;

import dev.needle.application.port.in.Arriving;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BackgroundWork;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.application.port.out.TodaysPeople;
import dev.needle.domain.ContactName;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.NeedProgress;
import dev.needle.domain.Week;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Gathers the Today screen from every store, as of the clock's today. */
public final class GetTodayService implements GetTodayUseCase {
    static final int TOP_NEEDS = 3;
    private final ContactIndex contacts;
    private final MeetingRequestStore requests;
    private final NeedStore needs;
    private final CurrentBudget budget;
    private final ClockPort clock;
    private final EventStore events;
    private final BackgroundWork background;

    public GetTodayService(ContactIndex contacts, MeetingRequestStore requests, NeedStore needs, BudgetStore budgets,
                           InteractionStore interactions, ClockPort clock, EventStore events, BackgroundWork background) {
        this.contacts = contacts;
        this.requests = requests;
        this.needs = needs;
        this.budget = new CurrentBudget(budgets, interactions, requests, clock);
        this.clock = clock;
        this.events = events;
        this.background = background;
    }

    /** With the budget line showing the acting person's hours against their own time. */
    public GetTodayService(ContactIndex contacts, MeetingRequestStore requests, NeedStore needs, BudgetStore budgets,
                           InteractionStore interactions, ClockPort clock, ActingPerson acting, TimeSpentBy spent,
                           EventStore events, BackgroundWork background) {
        this.contacts = contacts;
        this.requests = requests;
        this.needs = needs;
        this.budget = new CurrentBudget(budgets, interactions, requests, clock, acting, spent);
        this.clock = clock;
        this.events = events;
        this.background = background;
    }

    @Override
    public LocalDate date() {
        return clock.today();
    }

    @Override
    public Pending pending() {
        return new Pending(contacts.followUpsDueCount(clock.today()), requests.findPending().size());
    }

    @Override
    public Today today() {
        LocalDate today = clock.today();
        // The week the budget counts (Monday to Sunday), from today on: next Monday is next week.
        LocalDate weekEnd = Week.of(today).sunday();
        List<MeetingRequest> pending = requests.findPending();
        // The store picks the meetings ahead: every request ever made would have to be read otherwise. The
        // budget books those to the end of the month too, so one read serves both.
        List<MeetingRequest> ahead = requests.findScheduled(today, CurrentBudget.periodEnd(today));
        List<MeetingRequest> thisWeek = ahead.stream()
                .filter(r -> r.schedule().map(s -> !s.at().toLocalDate().isAfter(weekEnd)).orElse(false)).toList();
        TodaysPeople people = contacts.todaysPeople(today, Stream.concat(pending.stream(),
                thisWeek.stream()).map(MeetingRequest::contact).toList(), Today.SHOWN);
        List<Meeting> waiting = named(pending, people);
        List<Meeting> scheduled = named(thisWeek, people);
        return new Today(today, people.followUps(), people.overdueTotal(), people.undecided(), waiting,
                scheduled, budget.status(ahead), NeedProgress.of(needs.findAll(), TOP_NEEDS), eventsAhead(today, people));
    }

    /**
     * The events ahead come with the undecided: read now when they are here, else on another thread once
     * asked for, so the first frame of a large book, drawn above both sections, makes no statement for them.
     */
    private Arriving<EventsAhead> eventsAhead(LocalDate today, TodaysPeople people) {
        LocalDateTime now = clock.now();
        Supplier<EventsAhead> read = () -> new EventsAhead(now, events.findBetween(today, today.plusDays(EventsAhead.DAYS)));
        return people.undecided().arrived() ? Arriving.now(read.get())
                : Arriving.whenAsked(work -> background.meanwhileOrHere("needle-today-events", work), read);
    }

    /** Each request with its person's name; a request whose person is gone meanwhile is left out. */
    private static List<Meeting> named(List<MeetingRequest> requests, TodaysPeople people) {
        List<Meeting> meetings = new ArrayList<>(requests.size());
        for (MeetingRequest request : requests) {
            ContactName name = people.names().get(request.contact());
            if (name != null) {
                meetings.add(new Meeting(request, name));
            }
        }
        return meetings;
    }
}
