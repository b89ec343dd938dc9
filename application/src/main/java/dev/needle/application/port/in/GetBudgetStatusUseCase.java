package dev.needle.application.port.in;

import dev.needle.domain.BudgetStatus;
import java.time.LocalDate;
import java.util.Optional;

/** The budget against what this week's and this month's interactions spent; empty when no budget is set. */
public interface GetBudgetStatusUseCase {
    Optional<BudgetStatus> budgetStatus();

    /** The budget of the week and month {@code day} falls in, as triage weighs a meeting proposed for that day. */
    Optional<BudgetStatus> budgetStatusOn(LocalDate day);
}
