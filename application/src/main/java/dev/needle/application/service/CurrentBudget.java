package dev.needle.application.service;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Teammate;
import dev.needle.domain.Week;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the budget, what this week and this month spent (or the week and month of a meeting's day) and
 * what the meetings scheduled in them still to come will take, loading no interaction older than needed.
 * The hours are one person's (whose time {@link TimeSpentBy} decides), the money the team's.
 */
final class CurrentBudget {
    private final BudgetStore budgets;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;
    private final ClockPort clock;
    private final ActingPerson acting;
    private final TimeSpentBy spent;

    /** Everyone's time against the budget: a database of one person. */
    CurrentBudget(BudgetStore budgets, InteractionStore interactions, MeetingRequestStore requests, ClockPort clock) {
        this(budgets, interactions, requests, clock, () -> null, TimeSpentBy.everyone());
    }

    CurrentBudget(BudgetStore budgets, InteractionStore interactions, MeetingRequestStore requests, ClockPort clock,
                  ActingPerson acting, TimeSpentBy spent) {
        this.budgets = budgets;
        this.interactions = interactions;
        this.requests = requests;
        this.clock = clock;
        this.acting = acting;
        this.spent = spent;
    }

    /** The acting person's budget (as the store gives it) against their time and the team's money. */
    Optional<BudgetStatus> status() {
        return status(acting.person(), budgets.get());
    }

    /**
     * The same, with {@code scheduled} (every meeting scheduled from today to the end of this week and
     * this month, as Today reads them anyway) as what is booked: no second read of the requests.
     */
    Optional<BudgetStatus> status(List<MeetingRequest> scheduled) {
        Teammate person = acting.person();
        return spentIn(person, budgets.get(), clock.today()).map(s -> booked(s, person, scheduled));
    }

    /** The last day this week or this month runs to, whichever is later: how far ahead a booking counts. */
    static LocalDate periodEnd(LocalDate day) {
        LocalDate sunday = Week.of(day).sunday();
        LocalDate lastOfMonth = day.withDayOfMonth(day.lengthOfMonth());
        return sunday.isAfter(lastOfMonth) ? sunday : lastOfMonth;
    }

    /** The acting person's budget in the week and month of {@code day}. */
    Optional<BudgetStatus> statusOn(LocalDate day) {
        return status(acting.person(), budgets.get(), Optional.of(day));
    }

    /** {@code person}'s {@code budget} against their time and the team's money. */
    Optional<BudgetStatus> status(Teammate person, Optional<Budget> budget) {
        return status(person, budget, Optional.empty());
    }

    /**
     * {@code person}'s {@code budget} in the week and month of {@code day} (a meeting's day; today when
     * empty), against their time and the team's money.
     */
    Optional<BudgetStatus> status(Teammate person, Optional<Budget> budget, Optional<LocalDate> day) {
        return status(person, budget, day, Optional.empty());
    }

    /**
     * The same, without {@code weighed}'s own booking (a scheduled request triaged again): its cost is
     * the one being weighed.
     */
    Optional<BudgetStatus> status(Teammate person, Optional<Budget> budget, Optional<LocalDate> day,
                                  Optional<MeetingRequestId> weighedRequest) {
        LocalDate today = clock.today();
        LocalDate weighed = day.orElse(today);
        LocalDate from = periodStart(weighed).isAfter(today) ? periodStart(weighed) : today;
        LocalDate to = periodEnd(weighed);
        return spentIn(person, budget, weighed).map(s -> from.isAfter(to) ? s
                : booked(s, person, requests.findScheduled(from, to).stream()
                        .filter(r -> weighedRequest.filter(r.id()::equals).isEmpty()).toList()));
    }

    /** {@code status} with the meetings {@code person} goes to booked against their hours, and all against the money. */
    private BudgetStatus booked(BudgetStatus status, Teammate person, List<MeetingRequest> scheduled) {
        return status.booking(person == null ? scheduled : spent.goneToBy(person, scheduled), scheduled, clock.now());
    }

    /** What was spent in the week and month of {@code weighed}, nothing booked yet. */
    private Optional<BudgetStatus> spentIn(Teammate person, Optional<Budget> budget, LocalDate weighed) {
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        List<Interaction> since = interactions.findFrom(periodStart(weighed));
        return Optional.of(BudgetStatus.of(budget.get(), clock.today(), weighed, spent.of(person, since), since));
    }

    /** A week can begin in the previous month, a month before the week's Monday: take the earlier. */
    static LocalDate periodStart(LocalDate day) {
        LocalDate monday = Week.of(day).monday();
        LocalDate firstOfMonth = day.withDayOfMonth(1);
        return monday.isBefore(firstOfMonth) ? monday : firstOfMonth;
    }
}
