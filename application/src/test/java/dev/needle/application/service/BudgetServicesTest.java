package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Money;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetServicesTest {
    private final Fakes fakes = new Fakes();
    private final GetBudgetStatusService status =
            new GetBudgetStatusService(fakes.budget, fakes.interactions, fakes.requests, fakes.clock);
    private long nextId = 1;

    private void met(LocalDate on, int minutes, int travel, String money) {
        fakes.interactions.add(new Interaction(new InteractionId(nextId++), new ContactId(1), on, Channel.COFFEE, minutes,
                travel, Expenses.of(ExpenseKind.COFFEE, Money.parse(money)), "", Set.of()));
    }

    @Test
    void noBudgetSetMeansNoStatus() {
        assertThat(status.budgetStatus()).isEmpty();
    }

    @Test
    void setBudgetIsWhatTheStatusMeasuresAgainst() {
        Budget budget = new SetBudgetService(fakes.budget).setBudget(Budget.of(3.5, Money.parse("40")));

        assertThat(status.budgetStatus().orElseThrow().budget()).isEqualTo(budget);
        assertThat(status.budgetStatus().orElseThrow().minutesLeft()).isEqualTo(210);
    }

    @Test
    void aWeekThatBeganLastMonthStillCountsItsMondayHours() {
        fakes.clock.setToday(LocalDate.of(2026, 4, 1)); // a Wednesday; Monday was March 30
        fakes.budget.set(Budget.of(4, Money.parse("40")));
        met(LocalDate.of(2026, 3, 29), 60, 0, "4"); // the Sunday before: last week
        met(LocalDate.of(2026, 3, 30), 60, 15, "5"); // this week, last month
        met(LocalDate.of(2026, 4, 1), 30, 0, "3");

        BudgetStatus budget = status.budgetStatus().orElseThrow();

        assertThat(budget.minutesThisWeek()).isEqualTo(105);
        assertThat(budget.moneyThisMonth()).isEqualTo(Money.parse("3"));
    }

    @Test
    void aMonthThatBeganBeforeThisWeekStillCountsItsMoney() {
        fakes.budget.set(Budget.of(4, Money.parse("40")));
        met(Fakes.TODAY.withDayOfMonth(2), 45, 0, "12.50");
        met(Fakes.TODAY.minusMonths(1), 45, 0, "9");

        BudgetStatus budget = status.budgetStatus().orElseThrow();

        assertThat(budget.moneyThisMonth()).isEqualTo(Money.parse("12.50"));
        assertThat(budget.minutesThisWeek()).isZero();
    }

    @Test
    void thePeriodStartsAtTheEarlierOfMondayAndTheFirst() {
        assertThat(CurrentBudget.periodStart(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(CurrentBudget.periodStart(LocalDate.of(2026, 3, 18))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(CurrentBudget.periodStart(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
