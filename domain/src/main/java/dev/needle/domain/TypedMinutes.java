package dev.needle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as people type it: "20", "20 min", "1 h", "1,5 h" (a comma is a decimal mark:
 * durations have no thousands), "1h30". A bare number is in the field's own unit.
 */
public final class TypedMinutes {
    private static final Pattern DURATION = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*"
            + "(h|hr|hrs|hour|hours|std|min|mins|minute|minutes)?\\.?(?:\\s*(\\d+)\\s*(?:m|min|mins|minutes)?\\.?)?");

    private TypedMinutes() {
    }

    /**
     * The minutes {@code text} names, rounded to the nearest; empty when it names no length of time. A
     * hedge in front ("about 20", "~1h") is read past, as in the budget's fields.
     */
    public static Optional<Integer> read(String text, boolean bareIsHours) {
        Matcher m = DURATION.matcher(AroundTheNumber.withoutHedge(text).toLowerCase(Locale.ROOT));
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
                "\"" + value + "\" is not a number of minutes; write e.g. 20, 20 min or 1h30."));
    }
}
