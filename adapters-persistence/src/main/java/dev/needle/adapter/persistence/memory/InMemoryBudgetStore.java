package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.domain.Budget;
import java.util.Optional;

/** The budget held in memory. */
final class InMemoryBudgetStore implements BudgetStore {
    private final InMemoryDatabase db;

    InMemoryBudgetStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Budget> get() {
        return db.locked(() -> db.budget.find(InMemoryDatabase.THE_BUDGET));
    }

    @Override
    public void set(Budget budget) {
        db.locked(() -> {
            db.budget.put(budget);
            return null;
        });
    }
}
