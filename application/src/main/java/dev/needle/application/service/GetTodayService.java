package dev.needle.application.service;

import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FollowUps;
import dev.needle.domain.NeedProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Gathers the Today screen from every store, as of the clock's today. */
public final class GetTodayService implements GetTodayUseCase {
    static final int TOP_NEEDS = 3;
    private final IndexedContactStore contacts;
    private final MeetingRequestStore requests;
    private final NeedStore needs;
    private final CurrentBudget budget;
    private final ClockPort clock;

    public GetTodayService(IndexedContactStore contacts, MeetingRequestStore requests, NeedStore needs, BudgetStore budgets,
                           InteractionStore interactions, ClockPort clock) {
        this.contacts = contacts;
        this.requests = requests;
        this.needs = needs;
        this.budget = new CurrentBudget(budgets, interactions, clock);
        this.clock = clock;
    }

    @Override
    public Today today() {
        LocalDate today = clock.today();
        LocalDate weekEnd = today.plusDays(FollowUps.WEEK_AHEAD_DAYS);
        People people = People.of(contacts, today);
        List<Meeting> waiting = requests.findPending().stream()
                .flatMap(r -> people.lookup().apply(r.contact()).map(c -> new Meeting(r, c)).stream())
                .toList();
        // The store picks the week's meetings: every request ever made would have to be read otherwise.
        List<Meeting> scheduled = requests.findScheduled(today, weekEnd).stream()
                .flatMap(r -> people.lookup().apply(r.contact()).map(c -> new Meeting(r, c)).stream())
                .toList();
        return new Today(today, people.followUps(), people.undecided(), waiting,
                scheduled, budget.status(), NeedProgress.of(needs.findAll(), TOP_NEEDS));
    }

    /**
     * The contacts Today needs: a lookup by id, the follow-ups due and those awaiting a decision, all
     * kept by the index between calls (the screen opens often, and 100 000 contacts are too many to
     * walk and sort each time).
     */
    private record People(Function<ContactId, Optional<Contact>> lookup, FollowUps followUps, List<Contact> undecided) {
        static People of(IndexedContactStore contacts, LocalDate today) {
            return new People(contacts.lookup(), contacts.followUpsDue(today), contacts.undecided(today));
        }
    }
}
