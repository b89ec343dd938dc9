package dev.needle.application.limits;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.domain.Budget;
import dev.needle.domain.Teammate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The budget as one teammate sees it: their own weekly hours and the team's monthly money. Setting
 * it sets their hours and the team's money, so the Budget screen, setup, plans, the config file and
 * undo all act for the person using them.
 */
final class PersonalBudget implements BudgetStore {
    private final TeamLimits limits;
    private final Supplier<Teammate> person;

    PersonalBudget(TeamLimits limits, Supplier<Teammate> person) {
        this.limits = limits;
        this.person = person;
    }

    @Override
    public Optional<Budget> get() {
        return limits.budgetOf(limits.whoActs(person));
    }

    @Override
    public void set(Budget budget) {
        limits.setBudget(person.get(), budget);
    }
}
