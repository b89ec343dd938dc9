package dev.needle.application.service.fake;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.domain.Budget;
import java.util.Optional;

/** The one budget in memory, for service tests. */
public final class FakeBudgetStore implements BudgetStore, Rollback {
    private WriteLock lock = new WriteLock();
    private Optional<Budget> budget = Optional.empty();

    @Override
    public Optional<Budget> get() {
        return budget;
    }

    @Override
    public void set(Budget newBudget) {
        lock.holding(() -> budget = Optional.of(newBudget));
    }

    @Override
    public void writeUnder(WriteLock lock) {
        this.lock = lock;
    }

    @Override
    public Runnable snapshot() {
        Optional<Budget> copy = budget;
        return () -> budget = copy;
    }
}
