package dev.needle.domain;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day the way people type one: {@code 14:30}, {@code 9:30}, {@code 9.30}, {@code 9},
 * {@code 9am}, {@code 2:30 pm}, {@code 19h}, {@code noon}, or as said: {@code half past 5 pm}, {@code quarter to
 * four}, {@code 5 o'clock}. A bare hour from 1 to 7 is still the morning: a meeting
 * at "3" is not guessed to be in the afternoon, the field shows the time it read.
 */
public final class TimeInput {
    /** What a form says when a time is refused. */
    public static final String HELP = "write it like 14:30, 9:30, 2pm or noon";

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2})|h)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private static final Pattern PAST_OR_TO = Pattern.compile("(?:a )?(half|quarter|\\S+) (past|to) ([a-z]+|\\d{1,2})(.*)");
    private static final Pattern O_CLOCK = Pattern.compile("([a-z]+|\\d{1,2}) o'?clock(.*)");

    private TimeInput() {
    }

    /** The time {@code text} means, or empty when it is not a time. */
    private static final Pattern AT = Pattern.compile("^at\\s+");

    public static Optional<LocalTime> parse(String text) {
        if (text != null && text.length() > AroundTheNumber.LONGEST) {
            return Optional.empty();
        }
        // "at 3pm", "around 10am": the words people put before a time say nothing the time does not.
        String typed = text == null ? "" : AT.matcher(AroundTheNumber.withoutHedge(text).toLowerCase(Locale.ROOT))
                .replaceFirst("");
        if (typed.equals("noon") || typed.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher clock = CLOCK.matcher(inFigures(typed));
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

    /** A time said in words ("half past 5 pm") as figures ("5:30 pm"); anything else as it is, to be refused. */
    private static String inFigures(String said) {
        Matcher oClock = O_CLOCK.matcher(said);
        if (oClock.matches()) {
            return NumberWords.of(oClock.group(1)).map(hour -> hour + oClock.group(2)).orElse(said);
        }
        Matcher spoken = PAST_OR_TO.matcher(said);
        if (!spoken.matches()) {
            return said;
        }
        String part = spoken.group(1);
        int minutes = part.equals("half") ? 30 : part.equals("quarter") ? 15 : NumberWords.of(part).orElse(-1);
        int hour = NumberWords.of(spoken.group(3)).orElse(-1);
        boolean to = spoken.group(2).equals("to");
        if (minutes < 1 || minutes > 59 || hour < 1 || hour > 12 || to && part.equals("half")) {
            return said;
        }
        int shownHour = to ? (hour == 1 ? 12 : hour - 1) : hour;
        return String.format(Locale.ROOT, "%d:%02d%s", shownHour, to ? 60 - minutes : minutes, spoken.group(4));
    }
}
