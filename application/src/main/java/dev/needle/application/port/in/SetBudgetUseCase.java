package dev.needle.application.port.in;

import dev.needle.domain.Budget;

/** Sets the weekly hours and monthly money for face-to-face networking. */
public interface SetBudgetUseCase {
    Budget setBudget(Budget budget);
}
