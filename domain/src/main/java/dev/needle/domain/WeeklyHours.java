package dev.needle.domain;

/**
 * Hours a week as people type them: "4", "2.5", "2,5" (hours have no thousands, so a comma is a
 * decimal mark), "3 hours", "2.5h", "90 min" ({@link TypedMinutes}), with the words around them
 * ("about 4 hours a week", {@link AroundTheNumber}). One reading for the full screen and the command line.
 */
public final class WeeklyHours {
    private static final int MOST = 7 * 24 * 60;

    private WeeklyHours() {
    }

    /** The minutes {@code text} names, rounded to the nearest; 0 for blank text. */
    public static int minutes(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        String number = AroundTheNumber.withoutHedge(
                AroundTheNumber.withoutPeriod(value, AroundTheNumber.Period.WEEK, "hours", "hours"));
        int minutes = TypedMinutes.read(number, true).orElseThrow(() -> new InvalidValueException("hours",
                Quoted.of(value) + " is not a number of hours; write e.g. 4 or 2.5."));
        if (minutes < 0 || minutes > MOST) {
            throw new InvalidValueException("hours", "Weekly hours are between 0 and 168, not " + Quoted.of(value) + ".");
        }
        return minutes;
    }
}
