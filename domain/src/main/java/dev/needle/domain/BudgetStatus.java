package dev.needle.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The budget against what is already spent: minutes this {@link Week} (Monday to Sunday) and money this
 * calendar month, computed from the interactions that count against the budget.
 */
public record BudgetStatus(Budget budget, LocalDate today, int minutesThisWeek, Money moneyThisMonth) {

    public BudgetStatus {
        Check.notNull("budget", budget);
        Check.notNull("today", today);
        if (minutesThisWeek < 0) {
            throw new InvalidValueException("minutes", "Spent minutes cannot be negative.");
        }
        Check.notNull("money", moneyThisMonth);
    }

    public static BudgetStatus of(Budget budget, LocalDate today, Collection<Interaction> interactions) {
        return of(budget, today, interactions, interactions);
    }

    /**
     * On a team the hours are one person's and the money everyone's: {@code timeSpent} are the
     * interactions whose minutes count against these hours, {@code moneySpent} those whose expenses do.
     */
    public static BudgetStatus of(Budget budget, LocalDate today, Collection<Interaction> timeSpent,
                                  Collection<Interaction> moneySpent) {
        return new BudgetStatus(budget, today, minutesThisWeek(today, timeSpent), moneyThisMonth(today, moneySpent));
    }

    private static int minutesThisWeek(LocalDate today, Collection<Interaction> interactions) {
        Week week = Week.of(today);
        int minutes = 0;
        for (Interaction interaction : interactions) {
            if (interaction.countsAgainstBudget() && interaction.channel().isFaceToFace()
                    && week.contains(interaction.date())) {
                minutes += interaction.totalMinutes();
            }
        }
        return minutes;
    }

    private static Money moneyThisMonth(LocalDate today, Collection<Interaction> interactions) {
        Money money = Money.ZERO;
        for (Interaction interaction : interactions) {
            LocalDate date = interaction.date();
            if (interaction.countsAgainstBudget() && date.getYear() == today.getYear()
                    && date.getMonth() == today.getMonth()) {
                money = money.plus(interaction.expenses().total());
            }
        }
        return money;
    }

    public int minutesLeft() {
        return Math.max(0, budget.weeklyMinutes() - minutesThisWeek);
    }

    /** Minutes spent this week beyond the weekly budget; zero while within it. */
    public int minutesOver() {
        return Math.max(0, minutesThisWeek - budget.weeklyMinutes());
    }

    public boolean hoursOver() {
        return minutesThisWeek > budget.weeklyMinutes();
    }

    public boolean moneyOver() {
        return moneyThisMonth.exceeds(budget.monthlyMoney());
    }

    public Money moneyLeft() {
        return budget.monthlyMoney().remainingAfter(moneyThisMonth);
    }

    /** Whether this cost still fits in both the week's hours and the month's money. */
    public boolean fits(CostEstimate cost) {
        return hoursFit(cost) && moneyFits(cost);
    }

    public boolean hoursFit(CostEstimate cost) {
        return minutesThisWeek + cost.totalMinutes() <= budget.weeklyMinutes();
    }

    public boolean moneyFits(CostEstimate cost) {
        return !moneyThisMonth.plus(cost.money()).exceeds(budget.monthlyMoney());
    }

    /**
     * Hours with at most one decimal, the way people say them: "4", "4.5". Rounded up, so time beyond
     * a budget never reads as the budget itself ("over budget: 4 h of 4 h").
     */
    public static String hours(int minutes) {
        if (minutes % 60 == 0) {
            return Integer.toString(minutes / 60);
        }
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.CEILING).stripTrailingZeros().toPlainString();
    }
}
