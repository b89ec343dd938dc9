package dev.needle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as people type it: "20", "20 min", "1 h", "1,5 h" (a comma is a decimal mark:
 * durations have no thousands), "1h30", or say it: "an hour", "half an hour", "an hour and a half". A
 * bare number is in the field's own unit.
 */
public final class TypedMinutes {
    private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*"
            + "(h|hr|hrs|hour|hours|std|min|mins|minute|minutes)?\\.?(?:\\s*(\\d+)\\s*(?:m|min|mins|minutes)?\\.?)?");

    private static final Pattern HALF_HOUR = Pattern.compile("half (?:an? )?hour");
    private static final Pattern QUARTER_HOUR = Pattern.compile("(?:a )?quarter (?:of )?(?:an? )?hour");
    private static final Pattern AND_A_HALF = Pattern.compile("(\\S+) (?:hours? and a half|and a half hours?)");
    private static final Pattern WORD_AND_UNIT = Pattern.compile("([a-z-]+) (hours?|minutes?|mins?)");

    private TypedMinutes() {
    }

    /**
     * The minutes {@code text} names, rounded to the nearest; empty when it names no length of time. A
     * hedge in front ("about 20", "~1h") is read past, as in the budget's fields.
     */
    public static Optional<Integer> read(String text, boolean bareIsHours) {
        if (text.length() > AroundTheNumber.LONGEST) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(inFigures(AroundTheNumber.withoutHedge(text).toLowerCase(Locale.ROOT).strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        String unit = m.group(2);
        boolean hours = unit == null ? bareIsHours : !unit.startsWith("min");
        if (m.group(3) != null && (unit == null || !hours)) {
            return Optional.empty(); // "30 min 20" or "1 30"
        }
        BigDecimal minutes = hours ? amount.multiply(BigDecimal.valueOf(60)) : amount;
        if (m.group(3) != null) {
            minutes = minutes.add(new BigDecimal(m.group(3)));
        }
        // Far beyond any field's range stays beyond it, rather than wrapping round to a small number.
        BigDecimal most = BigDecimal.valueOf(Integer.MAX_VALUE);
        return Optional.of(minutes.abs().compareTo(most) > 0 ? minutes.signum() * Integer.MAX_VALUE
                : minutes.setScale(0, RoundingMode.HALF_UP).intValue());
    }

    /** A length said in words ("an hour and a half") as figures ("90 min"); anything else as it is. */
    private static String inFigures(String said) {
        if (HALF_HOUR.matcher(said).matches()) {
            return "30 min";
        }
        if (QUARTER_HOUR.matcher(said).matches()) {
            return "15 min";
        }
        Matcher half = AND_A_HALF.matcher(said);
        if (half.matches()) {
            return NumberWords.of(half.group(1)).map(hours -> (hours * 60 + 30) + " min").orElse(said);
        }
        Matcher word = WORD_AND_UNIT.matcher(said);
        if (word.matches()) {
            return NumberWords.of(word.group(1)).map(n -> n + " " + word.group(2)).orElse(said);
        }
        return said;
    }

    /**
     * Minutes typed into a form's field (a meeting's length, its travel): blank is 0; what names no
     * length of time is refused under {@code field} with the ways to write one. The field checks its range.
     */
    public static int inField(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        return read(value, false).orElseThrow(() -> new InvalidValueException(field,
                Quoted.of(value) + " is not a number of minutes; write e.g. 20, 20 min or 1h30."));
    }
}
