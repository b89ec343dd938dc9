package dev.needle.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people write around a number in a budget or cost field: a hedge in front ("about 4",
 * "~ 4,50", "up to 100") and the period after it ("a week", "/month", "monthly"). A hedge says
 * nothing the field can keep, so it goes; a period must be the field's own, since "20 a week" taken
 * as a month's money would be a quarter of what the user meant.
 */
final class AroundTheNumber {
    private static final Pattern HEDGE = Pattern.compile("^(?:about|around|roughly|approximately|approx\\.?|ca\\.?"
            + "|circa|some|up to|at most|no more than|max\\.?|maximum|~|≈)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile("\\s*(?:(?:an?|per|each|every|/)\\s*"
            + "(week|wk|month|mo|mth|year|yr|day)|(weekly|monthly|yearly|annually|daily))\\.?$", Pattern.CASE_INSENSITIVE);

    /** The periods a field can be for, by the word {@link #PERIOD} finds. */
    enum Period {
        DAY, WEEK, MONTH, YEAR;

        private static Period named(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.startsWith("w")) {
                return WEEK;
            }
            if (w.startsWith("mo") || w.equals("mth")) {
                return MONTH;
            }
            return w.startsWith("d") ? DAY : YEAR;
        }

        String said() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Longer than any number written with its hedge, unit and period ("approximately 1,234,567.89 euros a
     * month"). Longer text is no number, and is refused before a pattern with a run of spaces in it
     * tries every split of a page (a damaged file's 58 000 spaces took 31 s).
     */
    static final int LONGEST = 100;
    /**
     * The same for a field that takes a sentence around its number ("25 minutes on the tram, then a
     * walk along the river…"): a few lines, still far short of a page.
     */
    static final int LONGEST_SENTENCE = 500;

    private AroundTheNumber() {
    }

    static String withoutHedge(String text) {
        return HEDGE.matcher(text.strip()).replaceFirst("");
    }

    /**
     * {@code text} without a trailing period that is {@code own}; one naming another period is
     * refused under {@code field}, as "is {@code what} a week; this field is {@code what} a month".
     */
    static String withoutPeriod(String text, Period own, String field, String what) {
        String value = text.strip();
        if (value.length() > LONGEST) {
            return value; // the caller refuses it as no number
        }
        Matcher m = PERIOD.matcher(value);
        if (!m.find() || m.start() == 0) {
            return value;
        }
        Period said = Period.named(m.group(1) != null ? m.group(1) : m.group(2));
        if (said != own) {
            throw new InvalidValueException(field, "\"" + value + "\" is " + what + " a " + said.said()
                    + "; this field is " + what + " a " + own.said() + ".");
        }
        return value.substring(0, m.start()).strip();
    }
}
