package dev.needle.application.service;

import dev.needle.application.port.in.SetBudgetUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.domain.Budget;

/** Sets the face-to-face networking budget. */
public final class SetBudgetService implements SetBudgetUseCase {
    private final BudgetStore budgets;

    public SetBudgetService(BudgetStore budgets) {
        this.budgets = budgets;
    }

    @Override
    public Budget setBudget(Budget budget) {
        budgets.set(budget);
        return budget;
    }
}
