package dev.needle.application.service;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Interaction;
import dev.needle.domain.Teammate;
import dev.needle.domain.Week;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the budget and what this week and this month spent, loading no interaction older than needed.
 * The hours are one person's (whose time {@link TimeSpentBy} decides), the money the team's.
 */
final class CurrentBudget {
    private final BudgetStore budgets;
    private final InteractionStore interactions;
    private final ClockPort clock;
    private final ActingPerson acting;
    private final TimeSpentBy spent;

    /** Everyone's time against the budget: a database of one person. */
    CurrentBudget(BudgetStore budgets, InteractionStore interactions, ClockPort clock) {
        this(budgets, interactions, clock, () -> null, TimeSpentBy.everyone());
    }

    CurrentBudget(BudgetStore budgets, InteractionStore interactions, ClockPort clock, ActingPerson acting,
                  TimeSpentBy spent) {
        this.budgets = budgets;
        this.interactions = interactions;
        this.clock = clock;
        this.acting = acting;
        this.spent = spent;
    }

    /** The acting person's budget (as the store gives it) against their time and the team's money. */
    Optional<BudgetStatus> status() {
        return status(acting.person(), budgets.get());
    }

    /** {@code person}'s {@code budget} against their time and the team's money. */
    Optional<BudgetStatus> status(Teammate person, Optional<Budget> budget) {
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        List<Interaction> since = interactions.findFrom(periodStart(today));
        return Optional.of(BudgetStatus.of(budget.get(), today, spent.of(person, since), since));
    }

    /** A week can begin in the previous month, a month before this week's Monday: take the earlier. */
    static LocalDate periodStart(LocalDate today) {
        LocalDate monday = Week.of(today).monday();
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        return monday.isBefore(firstOfMonth) ? monday : firstOfMonth;
    }
}
