package dev.needle.application.port.out;

import dev.needle.domain.Budget;
import java.util.Optional;

/** Holds the one budget; absent until the user sets it. */
public interface BudgetStore {
    Optional<Budget> get();

    void set(Budget budget);
}
