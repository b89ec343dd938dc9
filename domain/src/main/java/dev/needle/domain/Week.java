package dev.needle.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar week, Monday to Sunday, that a day falls in: the one meaning of "this week" for the
 * weekly budget and the week's meetings, so what is listed as this week is what the budget counts.
 */
public record Week(LocalDate monday) {
    public Week {
        Check.notNull("monday", monday);
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidValueException("week", "A week starts on a Monday, not on " + monday + ".");
        }
    }

    public static Week of(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && !day.isAfter(sunday());
    }
}
