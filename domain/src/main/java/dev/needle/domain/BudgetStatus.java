package dev.needle.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The budget against what is already spent: minutes in the {@link Week} (Monday to Sunday) and money in
 * the calendar month of {@code day}, computed from the interactions that count against the budget.
 * {@code day} is today, or the day a meeting would take place: a coffee next week is weighed against
 * next week's hours, not this week's spent ones ({@code minutesThisWeek} and {@code moneyThisMonth}
 * are then that week's and that month's). {@code minutesBooked} and {@code moneyBooked} are what the
 * meetings scheduled in that week and month and still to come will take: what is left is left after them.
 */
public record BudgetStatus(Budget budget, LocalDate today, int minutesThisWeek, Money moneyThisMonth, LocalDate day,
                           int minutesBooked, Money moneyBooked) {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    public BudgetStatus {
        Check.notNull("budget", budget);
        Check.notNull("today", today);
        if (minutesThisWeek < 0) {
            throw new InvalidValueException("minutes", "Spent minutes cannot be negative.");
        }
        Check.notNull("money", moneyThisMonth);
        Check.notNull("day", day);
        if (minutesBooked < 0) {
            throw new InvalidValueException("minutes", "Booked minutes cannot be negative.");
        }
        Check.notNull("booked money", moneyBooked);
    }

    /** The status of the week and month {@code day} falls in, with nothing booked. */
    public BudgetStatus(Budget budget, LocalDate today, int minutesThisWeek, Money moneyThisMonth, LocalDate day) {
        this(budget, today, minutesThisWeek, moneyThisMonth, day, 0, Money.ZERO);
    }

    /** This week's and this month's status. */
    public BudgetStatus(Budget budget, LocalDate today, int minutesThisWeek, Money moneyThisMonth) {
        this(budget, today, minutesThisWeek, moneyThisMonth, today);
    }

    /**
     * This status with the meetings of {@code scheduled} that are still to come at {@code now} booked: the
     * face-to-face ones in the week take their length and travel, any in the month their estimated money, as
     * logging them would spend it. One already held counts once it is logged, so it is never counted twice.
     */
    public BudgetStatus booking(Collection<MeetingRequest> scheduled, LocalDateTime now) {
        return booking(scheduled, scheduled, now);
    }

    /**
     * The same on a team, where the hours are one person's and the money everyone's: {@code timeBooked}
     * are the meetings that person goes to, {@code moneyBooked} every meeting.
     */
    public BudgetStatus booking(Collection<MeetingRequest> timeBooked, Collection<MeetingRequest> moneyBooked,
                                LocalDateTime now) {
        Week week = Week.of(day);
        int minutes = 0;
        for (MeetingRequest request : timeBooked) {
            Optional<Schedule> ahead = ahead(request, now);
            if (ahead.isPresent() && ahead.get().format().isFaceToFace() && week.contains(ahead.get().at().toLocalDate())) {
                minutes += ahead.get().minutes() + request.estimate().travelMinutes();
            }
        }
        Money money = Money.ZERO;
        for (MeetingRequest request : moneyBooked) {
            Optional<LocalDate> on = ahead(request, now).map(s -> s.at().toLocalDate());
            if (on.isPresent() && on.get().getYear() == day.getYear() && on.get().getMonth() == day.getMonth()) {
                money = money.plus(request.estimate().money());
            }
        }
        return new BudgetStatus(budget, today, minutesThisWeek, moneyThisMonth, day, minutes, money);
    }

    /** The meeting's schedule when it is scheduled and still to come at {@code now}. */
    private static Optional<Schedule> ahead(MeetingRequest request, LocalDateTime now) {
        return request.status() == RequestStatus.SCHEDULED
                ? request.schedule().filter(s -> !s.at().isBefore(now)) : Optional.empty();
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
        return of(budget, today, today, timeSpent, moneySpent);
    }

    /** The status of the week and month {@code day} falls in, seen {@code today}. */
    public static BudgetStatus of(Budget budget, LocalDate today, LocalDate day, Collection<Interaction> timeSpent,
                                  Collection<Interaction> moneySpent) {
        return new BudgetStatus(budget, today, minutesThisWeek(day, timeSpent), moneyThisMonth(day, moneySpent), day);
    }

    /** "this week", or "in the week of March 23" (with the year when it is not this one) for another week. */
    public String week() {
        Week week = Week.of(day);
        if (week.equals(Week.of(today))) {
            return "this week";
        }
        LocalDate monday = week.monday();
        return "in the week of " + MONTH_DAY.format(monday)
                + (monday.getYear() == today.getYear() ? "" : ", " + monday.getYear());
    }

    /** "this month", or "in April" (with the year when it is not this one) for another month. */
    public String month() {
        if (day.getYear() == today.getYear() && day.getMonth() == today.getMonth()) {
            return "this month";
        }
        return "in " + MONTH.format(day) + (day.getYear() == today.getYear() ? "" : " " + day.getYear());
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

    /** Minutes spent this week and booked for the rest of it. */
    public int minutesCommitted() {
        return minutesThisWeek + minutesBooked;
    }

    /** Money spent this month and booked for the rest of it. */
    public Money moneyCommitted() {
        return moneyThisMonth.plus(moneyBooked);
    }

    /** "1.5 h booked, " when meetings still to come hold hours, else nothing: said between spent and left. */
    public String hoursBookedSaid() {
        return minutesBooked == 0 ? "" : hours(minutesBooked) + " h booked, ";
    }

    /** "8.00 booked, " when meetings still to come hold money, else nothing. */
    public String moneyBookedSaid() {
        return moneyBooked.isZero() ? "" : moneyBooked + " booked, ";
    }

    /** Minutes left after what is spent and booked. */
    public int minutesLeft() {
        return Math.max(0, budget.weeklyMinutes() - minutesCommitted());
    }

    /** Minutes spent and booked this week beyond the weekly budget; zero while within it. */
    public int minutesOver() {
        return Math.max(0, minutesCommitted() - budget.weeklyMinutes());
    }

    public boolean hoursOver() {
        return minutesCommitted() > budget.weeklyMinutes();
    }

    public boolean moneyOver() {
        return moneyCommitted().exceeds(budget.monthlyMoney());
    }

    public Money moneyLeft() {
        return budget.monthlyMoney().remainingAfter(moneyCommitted());
    }

    /** Money spent and booked this month beyond the monthly budget. */
    public Money moneyOverBy() {
        return moneyCommitted().over(budget.monthlyMoney());
    }

    /** Whether this cost still fits in both the week's hours and the month's money. */
    public boolean fits(CostEstimate cost) {
        return hoursFit(cost) && moneyFits(cost);
    }

    public boolean hoursFit(CostEstimate cost) {
        return minutesCommitted() + cost.totalMinutes() <= budget.weeklyMinutes();
    }

    public boolean moneyFits(CostEstimate cost) {
        return !moneyCommitted().plus(cost.money()).exceeds(budget.monthlyMoney());
    }

    /**
     * Hours left with at most one decimal, rounded down: what is left never reads as more than it is,
     * and spent (rounded up) and left add up to the budget ("1.1 of 3.5 h spent, 2.4 h left").
     */
    public static String hoursAtMost(int minutes) {
        if (minutes % 60 == 0) {
            return Integer.toString(minutes / 60);
        }
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
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
