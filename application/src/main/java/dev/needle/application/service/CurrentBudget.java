package dev.needle.application.service;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Week;
import java.time.LocalDate;
import java.util.Optional;

/** Reads the budget and what this week and this month spent, loading no interaction older than needed. */
final class CurrentBudget {
    private final BudgetStore budgets;
    private final InteractionStore interactions;
    private final ClockPort clock;

    CurrentBudget(BudgetStore budgets, InteractionStore interactions, ClockPort clock) {
        this.budgets = budgets;
        this.interactions = interactions;
        this.clock = clock;
    }

    Optional<BudgetStatus> status() {
        LocalDate today = clock.today();
        return budgets.get().map(budget -> BudgetStatus.of(budget, today, interactions.findFrom(periodStart(today))));
    }

    /** A week can begin in the previous month, a month before this week's Monday: take the earlier. */
    static LocalDate periodStart(LocalDate today) {
        LocalDate monday = Week.of(today).monday();
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        return monday.isBefore(firstOfMonth) ? monday : firstOfMonth;
    }
}
