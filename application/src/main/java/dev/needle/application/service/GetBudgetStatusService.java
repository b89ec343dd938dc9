package dev.needle.application.service;

import dev.needle.application.port.in.GetBudgetStatusUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.domain.BudgetStatus;
import java.time.LocalDate;
import java.util.Optional;

/** Shows the budget against what this week's and this month's interactions spent and their meetings booked. */
public final class GetBudgetStatusService implements GetBudgetStatusUseCase {
    private final CurrentBudget current;

    public GetBudgetStatusService(BudgetStore budgets, InteractionStore interactions, MeetingRequestStore requests,
                                  ClockPort clock) {
        this.current = new CurrentBudget(budgets, interactions, requests, clock);
    }

    /** The acting person's hours against their own time ({@code budgets} gives their hours), the team's money. */
    public GetBudgetStatusService(BudgetStore budgets, InteractionStore interactions, MeetingRequestStore requests,
                                  ClockPort clock, ActingPerson acting, TimeSpentBy spent) {
        this.current = new CurrentBudget(budgets, interactions, requests, clock, acting, spent);
    }

    @Override
    public Optional<BudgetStatus> budgetStatus() {
        return current.status();
    }

    @Override
    public Optional<BudgetStatus> budgetStatusOn(LocalDate day) {
        return current.statusOn(day);
    }
}
