package dev.needle.application.port.in;

import dev.needle.domain.BudgetStatus;
import java.util.Optional;

/** The budget against what this week's and this month's interactions spent; empty when no budget is set. */
public interface GetBudgetStatusUseCase {
    Optional<BudgetStatus> budgetStatus();
}
