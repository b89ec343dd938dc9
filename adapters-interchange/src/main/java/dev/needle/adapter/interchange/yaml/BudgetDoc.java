package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Budget;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import java.math.BigDecimal;

/**
 * The budget as people say it: hours a week and money a month. Minutes that are no exact number of
 * hundredths of an hour are written as {@code weekly-minutes}, so a backup restores them exactly.
 */
record BudgetDoc(BigDecimal weeklyHours, Integer weeklyMinutes, Money monthlyMoney) {
    Budget toDomain() {
        if ((weeklyHours == null) == (weeklyMinutes == null)) {
            throw new InvalidValueException("weekly-hours", "give either weekly-hours or weekly-minutes, not "
                    + (weeklyHours == null ? "neither" : "both"));
        }
        int minutes;
        if (weeklyHours != null) {
            if (weeklyHours.signum() < 0) {
                throw new InvalidValueException("weekly-hours", "weekly-hours cannot be negative");
            }
            minutes = weeklyHours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP)
                    .min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
        } else {
            minutes = weeklyMinutes;
        }
        return new Budget(minutes, Required.present("monthly-money", monthlyMoney));
    }

    static BudgetDoc of(Budget b) {
        if (b.weeklyMinutes() % 3 == 0) {
            BigDecimal hours = BigDecimal.valueOf(b.weeklyMinutes()).divide(BigDecimal.valueOf(60)).stripTrailingZeros();
            return new BudgetDoc(hours.scale() < 0 ? hours.setScale(0) : hours, null, b.monthlyMoney());
        }
        return new BudgetDoc(null, b.weeklyMinutes(), b.monthlyMoney());
    }
}
