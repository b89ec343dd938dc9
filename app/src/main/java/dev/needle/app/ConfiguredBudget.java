package dev.needle.app;

import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import java.util.Optional;

/**
 * Makes the config file's budget the stored one at start, through the same use case the UI uses, so
 * triage, Today and the Budget screen all see it; writes nothing when they already agree.
 */
final class ConfiguredBudget {
    private ConfiguredBudget() {
    }

    static void apply(Budget configured, UseCases useCases) {
        Optional<Budget> stored = useCases.budgetStatus().budgetStatus().map(BudgetStatus::budget);
        if (!stored.equals(Optional.of(configured))) {
            useCases.setBudget().setBudget(configured);
        }
    }
}
