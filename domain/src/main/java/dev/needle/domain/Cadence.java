package dev.needle.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How often to be in touch with someone: every so many days, weeks or months, or {@link #NONE} (never
 * due). Months are calendar months, so "monthly" from 31 January is due on the last day of February.
 */
public record Cadence(int amount, Unit unit) {
    /** The units a cadence is counted in, with the letter of their short form ("6w"). */
    public enum Unit {
        DAYS("day", 'd', 1, 3650), WEEKS("week", 'w', 7, 520), MONTHS("month", 'm', 30, 120);

        private final String word;
        private final char letter;
        private final int roughDays;
        private final int most;

        Unit(String word, char letter, int roughDays, int most) {
            this.word = word;
            this.letter = letter;
            this.roughDays = roughDays;
            this.most = most;
        }
    }

    /** Never due: for someone the user does not want reminded of, whatever their tags say. */
    public static final Cadence NONE = new Cadence(0, Unit.DAYS);

    private static final String FIELD = "keep in touch";
    private static final Pattern EVERY = Pattern.compile("(?:every\\s+)?(\\d{1,4})?\\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)");

    public Cadence {
        Check.notNull("unit", unit);
        if (amount != 0 || unit != Unit.DAYS) {
            Check.range(FIELD, amount, 1, unit.most);
        }
    }

    private static final Pattern SAID = Pattern.compile("^(every|once an?) (other|(?:a )?couple of|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve)?\\s*");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /**
     * "every other month", "every two weeks", "once a month" as "every 2 month", "every 2 weeks",
     * "every month": how people say a cadence, in the figures {@link #EVERY} reads.
     */
    private static String inFigures(String said) {
        Matcher m = SAID.matcher(said);
        if (!m.find()) {
            return said;
        }
        String words = m.group(2);
        String amount = words == null ? "" : words.equals("other") || words.endsWith("couple of") ? "2 "
                : (NUMBERS.indexOf(words) + 1) + " ";
        return "every " + amount + said.substring(m.end());
    }

    public static Cadence every(int amount, Unit unit) {
        return new Cadence(amount, unit);
    }

    /**
     * Reads what a user types: "6w", "6 weeks", "every 6 weeks", "every week", "weekly", "fortnightly",
     * "monthly", "quarterly", "yearly", "10d", "3m", "1y", or "none"/"never".
     */
    public static Cadence parse(String text) {
        String t = Check.collapseWhitespace(text == null ? "" : text).toLowerCase(Locale.ROOT);
        switch (t) {
            case "none", "never", "no", "off" -> { return NONE; }
            case "daily" -> { return every(1, Unit.DAYS); }
            case "weekly" -> { return every(1, Unit.WEEKS); }
            case "fortnightly", "biweekly" -> { return every(2, Unit.WEEKS); }
            case "monthly" -> { return every(1, Unit.MONTHS); }
            case "quarterly" -> { return every(3, Unit.MONTHS); }
            case "yearly", "annually" -> { return every(12, Unit.MONTHS); }
            default -> { }
        }
        t = inFigures(t);
        Matcher m = EVERY.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && !t.startsWith("every"))) {
            throw new InvalidValueException(FIELD, "\"" + text.strip() + "\" is not a cadence; write e.g. 6w, "
                    + "every 6 weeks, monthly or none.");
        }
        int amount = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        char letter = m.group(2).charAt(0);
        if (letter == 'y') {
            return every(Math.multiplyExact(amount, 12), Unit.MONTHS);
        }
        Unit unit = letter == 'd' ? Unit.DAYS : letter == 'w' ? Unit.WEEKS : Unit.MONTHS;
        if (amount < 1 || amount > unit.most) {
            throw new InvalidValueException(FIELD, "Keep in touch every 1 to " + unit.most + " " + unit.word
                    + "s; \"" + text.strip() + "\" is out of range.");
        }
        return every(amount, unit);
    }

    public boolean isNone() {
        return amount == 0;
    }

    /** The date this cadence comes round after {@code from}. */
    public LocalDate after(LocalDate from) {
        if (isNone()) {
            throw new IllegalStateException("A cadence of none never comes round.");
        }
        return switch (unit) {
            case DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount);
        };
    }

    /** About how many days it spans, to compare cadences ("every 2 weeks" is more often than "monthly"). */
    public int roughDays() {
        return amount * unit.roughDays;
    }

    /** The short form, as stored and written to files: "6w", "1m", "10d", "none". */
    public String code() {
        return isNone() ? "none" : amount + String.valueOf(unit.letter);
    }

    /** In words: "every 6 weeks", "every month", "never". */
    public String label() {
        if (isNone()) {
            return "never";
        }
        return amount == 1 ? "every " + unit.word : "every " + amount + " " + unit.word + "s";
    }

    @Override
    public String toString() {
        return label();
    }
}
