package dev.needle.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way people type one, relative to {@code today} (passed in, so the same text
 * always means the same day in a test):
 * <ul>
 * <li>{@code today}, {@code tomorrow}, {@code yesterday};</li>
 * <li>a weekday ({@code thu}, {@code thursday}, or any unambiguous start such as {@code th}): the
 * next one after today, so {@code thu} typed on a Thursday is a week later;</li>
 * <li>{@code next thu}: Thursday of next week (the Monday-to-Sunday week after this one); {@code last thu}: the
 * Thursday before today;</li>
 * <li>{@code +3d}, {@code +2w}, {@code +1m} (and {@code -3d}), or {@code in 3 days}, {@code in two weeks},
 * {@code in a month}: days, weeks, months from today; {@code 3 days ago}, {@code a week ago} before it;
 * {@code next week}: its Monday;</li>
 * <li>a month and day without a year, month first as in ISO ({@code 12-25}, {@code 12/25}), day first
 * with dots as everywhere dots are written ({@code 25.12.}, {@code 25.12}, {@code 25.12.2026}), or with the month named ({@code dec 25}, {@code 25 dec}, {@code december 25}):
 * the next such day, today included; a year may follow a named month ({@code dec 25 2027});</li>
 * <li>ISO {@code 2026-12-25} (or {@code 2026/12/25}).</li>
 * </ul>
 * Anything else, or a start that fits two words ({@code t}: Tuesday or Thursday?), is refused with a
 * message saying what to write instead.
 */
public final class DateInput {
    /** What a form shows under a date field, so the accepted forms are discoverable. */
    public static final String HELP = "today, fri, next mon, +3d, +2w, dec 12, 12-25 (month-day), 2026-12-25";
    /** The same for a day gone by ({@link #parseGone}). */
    public static final String HELP_GONE = "today, yesterday, fri (the last one), last mon, -3d, dec 4, 2026-12-04";

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4})?)?");
    private static final Pattern OFFSET = Pattern.compile("([+-])\\s*(\\d{1,4})\\s*([a-z]+)");
    // Possessive (++): a word is never split to try again, so a page of letters is refused in one pass.
    private static final Pattern IN = Pattern.compile("in\\s++(\\d{1,4}+|[a-z]++)\\s*+([a-z]++)");
    private static final Pattern AGO = Pattern.compile("(\\d{1,4}+|[a-z]++)\\s*+([a-z]++)\\s++ago");
    private static final List<String> NUMBERS = List.of("a", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern NAMED_FIRST = Pattern.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*([a-z]+)\\.?(?:,?\\s+(\\d{4}))?");

    private DateInput() {
    }

    /** The day {@code text} names; empty for blank text. Throws the domain's refusal otherwise. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String t = SearchText.fold(typed);
        return Optional.of(resolve(typed, t, today, HELP));
    }

    /**
     * The day {@code text} names as the day something happened, today or before: a weekday is the
     * last one, today included ("fri" typed on a Monday is three days ago), a month and day without a
     * year the last time they came round ("dec 4"); the rest reads as {@link #parse} reads it. A day
     * still to come is refused.
     */
    public static Optional<LocalDate> parseGone(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String t = SearchText.fold(typed);
        LocalDate day = resolve(typed, t, today, HELP_GONE);
        if (day.isAfter(today) && t.matches("[a-z]+\\.?") && !t.startsWith("tom") && !t.startsWith("tmr")) {
            day = today.with(TemporalAdjusters.previousOrSame(day.getDayOfWeek()));
        } else if (day.isAfter(today) && !t.matches(".*\\d{4}.*") && !t.startsWith("+") && !t.startsWith("in ")
                && (MONTH_DAY.matcher(t).matches() || DOTTED.matcher(t).matches() || NAMED_FIRST.matcher(t).matches() || DAY_FIRST.matcher(t).matches())) {
            day = day.minusYears(1);
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("date", Quoted.of(typed) + " is " + shown(day) + ", still to come; write "
                    + "the day it happened, like yesterday, fri (the last one), -3d or dec 4.");
        }
        return Optional.of(day);
    }

    /** Whether {@code text} is a day gone by at all, for the check run when a field is left; its refusal names those forms. */
    public static void checkGone(String text) {
        parseGone(text, LocalDate.of(2000, 1, 1).plusYears(100)); // far ahead: no day typed is still to come
    }

    /** What a form shows beside a field for a day gone by; empty when the text is blank or not such a day. */
    public static String echoGone(String text, LocalDate today) {
        try {
            return parseGone(text, today).map(DateInput::shown).orElse("");
        } catch (InvalidValueException notYet) {
            return "";
        }
    }

    /**
     * Whether {@code text} is a date at all, for the check run when a field is left: that never
     * depends on which day today is, only what the text means does.
     */
    public static void check(String text) {
        parse(text, LocalDate.of(2000, 1, 1));
    }

    /** What the form shows beside the field: "Thu 2026-12-10", or empty when the text is blank or not a date. */
    public static String echo(String text, LocalDate today) {
        try {
            return parse(text, today).map(DateInput::shown).orElse("");
        } catch (InvalidValueException notYet) {
            return "";
        }
    }

    /** A date as the echo shows it: three-letter weekday, then ISO. */
    public static String shown(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    private static LocalDate resolve(String typed, String t, LocalDate today, String help) {
        switch (t) {
            case "today", "tod", "now" -> {
                return today;
            }
            case "tomorrow", "tom", "tmr", "tmrw" -> {
                return today.plusDays(1);
            }
            case "yesterday" -> {
                return today.minusDays(1);
            }
            default -> {
            }
        }
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return day(typed, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DOTTED.matcher(t);
        if (m.matches()) {
            return dotted(typed, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), today);
        }
        m = MONTH_DAY.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month > 12 && day <= 12) {
                throw refused(typed, "the month comes first; write " + day + "-" + month
                        + " or name the month, like " + month + " " + monthName(day));
            }
            return nextMonthDay(typed, month, day, today);
        }
        m = OFFSET.matcher(t);
        if (m.matches()) {
            return offset(typed, m.group(1).equals("-") ? -1 : 1, Integer.parseInt(m.group(2)), m.group(3), today);
        }
        m = IN.matcher(t);
        if (m.matches()) {
            int amount = count(m.group(1));
            if (amount < 0) {
                throw refused(typed, "count days, weeks or months, like in 3 days, in 2 weeks or +1m");
            }
            return offset(typed, 1, amount, m.group(2), today);
        }
        m = AGO.matcher(t);
        if (m.matches()) {
            int amount = count(m.group(1));
            if (amount < 0) {
                throw refused(typed, "count days, weeks or months, like 3 days ago, 2 weeks ago or -1m");
            }
            return offset(typed, -1, amount, m.group(2), today);
        }
        if (t.equals("next week")) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        if (t.startsWith("last ")) {
            return today.with(TemporalAdjusters.previous(weekday(typed, t.substring(5).strip(), help)));
        }
        if (t.startsWith("next ")) {
            DayOfWeek day = weekday(typed, t.substring(5).strip(), help);
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                    .with(TemporalAdjusters.nextOrSame(day));
        }
        m = NAMED_FIRST.matcher(t);
        if (m.matches()) {
            return named(typed, m.group(1), m.group(2), m.group(3), today);
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return named(typed, m.group(2), m.group(1), m.group(3), today);
        }
        if (t.matches("[a-z]+\\.?")) {
            return today.with(TemporalAdjusters.next(weekday(typed, t.replace(".", ""), help)));
        }
        throw refused(typed, "write a day like " + help);
    }

    /** "25.12.", "25.12.2026": day first, as every country that writes dates with dots writes them. */
    private static LocalDate dotted(String typed, int day, int month, String yearText, LocalDate today) {
        if (month < 1 || month > 12) {
            throw refused(typed, "with dots the day comes first, like 25.12.2026; there is no month " + month);
        }
        return yearText == null ? nextMonthDay(typed, month, day, today) : day(typed, Integer.parseInt(yearText), month, day);
    }

    private static LocalDate named(String typed, String monthWord, String dayText, String yearText, LocalDate today) {
        Month month = month(typed, monthWord);
        int day = Integer.parseInt(dayText);
        if (yearText != null) {
            return day(typed, Integer.parseInt(yearText), month.getValue(), day);
        }
        return nextMonthDay(typed, month.getValue(), day, today);
    }

    /** "3", "three", "a" or "an" as a number; -1 for any other word. */
    private static int count(String n) {
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n)
                : n.equals("an") ? 1 : NUMBERS.indexOf(n) < 0 ? -1 : Math.max(1, NUMBERS.indexOf(n));
    }

    private static LocalDate offset(String typed, int sign, int amount, String unit, LocalDate today) {
        long by = (long) sign * amount;
        if (unit.equals("d") || unit.startsWith("day")) {
            return today.plusDays(by);
        }
        if (unit.equals("w") || unit.startsWith("week") || unit.equals("wk")) {
            return today.plusWeeks(by);
        }
        if (unit.equals("m") || unit.startsWith("month") || unit.equals("mo")) {
            return today.plusMonths(by);
        }
        throw refused(typed, "count days, weeks or months, like +3d, +2w or +1m");
    }

    /** The next time this month and day come round, today included; 02-29 waits for a leap year. */
    private static LocalDate nextMonthDay(String typed, int month, int day, LocalDate today) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw refused(typed, month < 1 || month > 12 ? "there is no month " + month + "; the month comes first, like 12-25"
                    : "there is no day " + day + " in " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (int year = today.getYear(); ; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(today)) {
                return monthDay.atYear(year);
            }
        }
    }

    private static LocalDate day(String typed, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw refused(typed, "there is no such day; write it like 2026-03-18");
        }
    }

    private static DayOfWeek weekday(String typed, String word, String help) {
        List<DayOfWeek> fits = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && (name.startsWith(word) || isCommonShortening(word, day))) {
                fits.add(day);
            }
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1) {
            throw refused(typed, "\"" + word + "\" could be " + names(fits) + "; type one more letter");
        }
        Optional<Month> asMonth = months(word).stream().findFirst();
        if (asMonth.isPresent()) {
            throw refused(typed, "add the day, like " + word + " 12");
        }
        throw refused(typed, "write a day like " + help);
    }

    /** A word that names a day on its own: today, tomorrow, a weekday or its shortening. */
    private static boolean isADay(String word) {
        if (Set.of("today", "tod", "now", "tomorrow", "tom", "tmr", "tmrw", "yesterday").contains(word)) {
            return true;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && name.startsWith(word) || isCommonShortening(word, day)) {
                return true;
            }
        }
        return false;
    }

    /** "tues", "thur", "thurs", "weds": shortenings that are not a start of the name. */
    private static boolean isCommonShortening(String word, DayOfWeek day) {
        return switch (day) {
            case TUESDAY -> word.equals("tues");
            case WEDNESDAY -> word.equals("weds");
            case THURSDAY -> word.equals("thur") || word.equals("thurs");
            default -> false;
        };
    }

    private static Month month(String typed, String word) {
        List<Month> fits = months(word);
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1) {
            throw refused(typed, "\"" + word + "\" could be " + names(fits) + "; type one more letter");
        }
        if (isADay(word)) {
            // "today3", "fri 3": a day with a number after it, not a month with its day.
            throw refused(typed, "write " + word + " alone, or a date like dec 12");
        }
        throw refused(typed, "\"" + word + "\" is not a month; write it like dec 12");
    }

    private static List<Month> months(String word) {
        List<Month> fits = new ArrayList<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && (name.startsWith(word) || word.equals("sept") && month == Month.SEPTEMBER)) {
                fits.add(month);
            }
        }
        return fits;
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    private static String names(List<? extends Enum<?>> values) {
        List<String> names = values.stream().map(v -> v instanceof DayOfWeek d
                ? d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : ((Month) v).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        return String.join(" or ", names);
    }

    private static InvalidValueException refused(String typed, String advice) {
        return new InvalidValueException("date", Quoted.of(typed) + " is not a date; " + advice + ".");
    }
}
