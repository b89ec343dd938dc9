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
 * Reads the budget and what this week and this month spent (or the week and month of a meeting's day),
 * loading no interaction older than needed.
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
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        LocalDate weighed = day.orElse(today);
        List<Interaction> since = interactions.findFrom(periodStart(weighed));
        return Optional.of(BudgetStatus.of(budget.get(), today, weighed, spent.of(person, since), since));
    }

    /** A week can begin in the previous month, a month before the week's Monday: take the earlier. */
    static LocalDate periodStart(LocalDate day) {
        LocalDate monday = Week.of(day).monday();
        LocalDate firstOfMonth = day.withDayOfMonth(1);
        return monday.isBefore(firstOfMonth) ? monday : firstOfMonth;
    }
}
