package dev.needle.application.service;

import dev.needle.application.port.in.GetBudgetStatusUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.BudgetStatus;
import java.util.Optional;

/** Shows the budget against what this week's and this month's interactions spent. */
public final class GetBudgetStatusService implements GetBudgetStatusUseCase {
    private final CurrentBudget current;

    public GetBudgetStatusService(BudgetStore budgets, InteractionStore interactions, ClockPort clock) {
        this.current = new CurrentBudget(budgets, interactions, clock);
    }

    @Override
    public Optional<BudgetStatus> budgetStatus() {
        return current.status();
    }
}
