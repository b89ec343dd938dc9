package dev.needle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours a week as people type them: "4", "2.5", "2,5" (hours have no thousands, so a comma is a
 * decimal mark), "3 hours", "2.5h", "90 min". One reading for the full screen and the command line.
 */
public final class WeeklyHours {
    private static final Pattern HOURS = Pattern.compile(
            "(-?\\d+(?:[.,]\\d+)?)\\s*(h|hr|hrs|hour|hours|std|stunden|min|mins|minute|minutes)?\\.?");
    private static final int MOST = 7 * 24 * 60;

    private WeeklyHours() {
    }

    /** The minutes {@code text} names, rounded to the nearest; 0 for blank text. */
    public static int minutes(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        Matcher m = HOURS.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidValueException("hours", "\"" + value + "\" is not a number of hours; write e.g. 4 or 2.5.");
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        boolean inMinutes = m.group(2) != null && m.group(2).startsWith("min");
        BigDecimal minutes = inMinutes ? amount : amount.multiply(BigDecimal.valueOf(60));
        if (minutes.signum() < 0 || minutes.compareTo(BigDecimal.valueOf(MOST)) > 0) {
            throw new InvalidValueException("hours", "Weekly hours are between 0 and 168, not " + value + ".");
        }
        return minutes.setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
