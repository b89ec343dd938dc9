package dev.needle.domain;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way people type one: {@code 14:30}, {@code 9:30}, {@code 9.30}, {@code 9},
 * {@code 9am}, {@code 2:30 pm}, {@code 19h}, {@code noon}. A bare hour from 1 to 7 is still the morning: a meeting
 * at "3" is not guessed to be in the afternoon, the field shows the time it read.
 */
public final class TimeInput {
    /** What a form says when a time is refused. */
    public static final String HELP = "write it like 14:30, 9:30, 2pm or noon";

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2})|h)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private TimeInput() {
    }

    /** The time {@code text} means, or empty when it is not a time. */
    private static final Pattern AT = Pattern.compile("^at\\s+");

    public static Optional<LocalTime> parse(String text) {
        // "at 3pm", "around 10am": the words people put before a time say nothing the time does not.
        String typed = text == null ? "" : AT.matcher(AroundTheNumber.withoutHedge(text).toLowerCase(Locale.ROOT))
                .replaceFirst("");
        if (typed.equals("noon") || typed.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher clock = CLOCK.matcher(typed);
        if (!clock.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
        String half = clock.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
