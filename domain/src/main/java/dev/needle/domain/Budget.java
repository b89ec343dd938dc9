package dev.needle.domain;

/** What the user is willing to spend on face-to-face networking: hours a week, money a month. */
public record Budget(int weeklyMinutes, Money monthlyMoney) {
    public Budget {
        Check.range("weekly minutes", weeklyMinutes, 0, 7 * 24 * 60);
        Check.notNull("monthly money", monthlyMoney);
    }

    public static Budget of(double weeklyHours, Money monthlyMoney) {
        return new Budget((int) Math.round(weeklyHours * 60), monthlyMoney);
    }
}
