package dev.needle.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When in its day an event takes place: all day (no time given, as every event was before times were
 * kept), from a start, or from a start to an end. Times are the wall clock where the event is, with no
 * zone: "19:00" is what the user will read on the clock there. An end before the start is on the next
 * day (a party from 22:00 to 1:00). Times are kept to the minute.
 */
public final class EventTime {
    /** An event with no time: the whole day. */
    public static final EventTime ALL_DAY = new EventTime(null, null);
    /**
     * How long an event with a start and no end is taken to last where a length must be given (a
     * calendar entry, which would otherwise be a moment): an evening meetup's usual two hours. Words
     * never say this end; only an end the user gave is said.
     */
    public static final Duration USUAL_LENGTH = Duration.ofHours(2);
    /** What a form says a time is written like. */
    public static final String FORMS = "19:00, 7pm, 7:30pm, 19h or 7pm-9pm, or leave it empty for all day";

    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b)\\s*(.+)");
    /** Words around a time that say nothing a calendar keeps: "from 7pm", "about 10", "7ish", "19:00 sharp". */
    private static final Pattern HEDGES = Pattern.compile("\\b(?:about|around|approx\\.?|approximately|circa|ca\\."
            + "|roughly|from|at|starting at|starts at)\\s+|~\\s*|(?<=[\\dm.])-?ish\\b|\\s+sharp\\b");
    /** An end nobody knows: "till late", "open end", "onwards". The event then has a start alone. */
    private static final Pattern NO_END = Pattern.compile("\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b)\\s*"
            + "(?:late|open end|whenever|\\?)$|,?\\s*open end$|\\s+onwards$");
    private static final Pattern HALF = Pattern.compile(".*?(am|pm|a\\.m\\.|p\\.m\\.)$");
    /** An hour a twelve-hour clock shows, without a leading zero: "9", "9:30", "11". */
    private static final Pattern TWELVE_HOUR = Pattern.compile("([1-9]|1[01])(?:[:.][0-5]\\d)?");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{1,2}))?.*");

    private final LocalTime start;
    private final LocalTime end;

    private EventTime(LocalTime start, LocalTime end) {
        this.start = start == null ? null : start.truncatedTo(ChronoUnit.MINUTES);
        this.end = end == null ? null : end.truncatedTo(ChronoUnit.MINUTES);
    }

    /** An event starting at {@code start}, its end not given. */
    public static EventTime at(LocalTime start) {
        return new EventTime(Check.notNull("time", start), null);
    }

    /** As stored: no start is all day; an end needs a start. */
    public static EventTime of(Optional<LocalTime> start, Optional<LocalTime> end) {
        if (start.isEmpty()) {
            if (end.isPresent()) {
                throw new InvalidValueException("time", "An event's end needs its start.");
            }
            return ALL_DAY;
        }
        return end.map(at(start.get())::until).orElseGet(() -> at(start.get()));
    }

    /**
     * The same start, ending at {@code newEnd} (the next day when before the start). An end at the start
     * is no end: a calendar entry of no length, or "19:00-19:00", says nothing of when it ends.
     */
    public EventTime until(LocalTime newEnd) {
        if (start == null) {
            throw new InvalidValueException("time", "An event's end needs its start.");
        }
        EventTime ended = new EventTime(start, Check.notNull("end", newEnd));
        return ended.end.equals(ended.start) ? new EventTime(start, null) : ended;
    }

    /**
     * The time as typed into a form: empty is all day, "19:00", "7pm", "19h" a start, "7pm-9pm",
     * "19:00–21:30" or "7 to 9pm" a start and an end (the end's am or pm also tells the start's, so
     * "7-9pm" is the evening; "7pm to 9" ends at 9 pm, not the next morning). Hedges are left out ("from
     * 7pm till about 10"), and an end nobody knows ("till late") leaves a start alone. What is not a time
     * is refused with the forms it takes.
     */
    public static EventTime read(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return ALL_DAY;
        }
        if (typed.length() > AroundTheNumber.LONGEST_SENTENCE) {
            throw refused(typed, typed); // a page of text, refused before the patterns try its every split
        }
        String said = HEDGES.matcher(NO_END.matcher(typed.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll("").strip();
        Matcher range = RANGE.matcher(said);
        if (range.matches()) {
            String from = range.group(1);
            String to = range.group(2);
            LocalTime end = clock(typed, to);
            Matcher half = HALF.matcher(to);
            Optional<LocalTime> start = TimeInput.parse(from);
            if (!HALF.matcher(from).matches() && half.matches()) {
                // "7-9pm": the start takes the end's half of the day, unless that puts it after the end ("10-1pm").
                Optional<LocalTime> same = TimeInput.parse(from + half.group(1)).filter(s -> !s.isAfter(end));
                start = same.isPresent() ? same : start;
            }
            LocalTime begins = start.orElseThrow(() -> refused(typed, from));
            return at(begins).until(afterStart(from, to, begins, end));
        }
        return at(clock(typed, said));
    }

    /**
     * An end written on a twelve-hour clock without am or pm after a start written so too ("7pm to 9",
     * "9-5") is the first such time after the start, not the next morning; a 24-hour end ("02:00",
     * "21h"), or any end after a 24-hour start ("19:00-9:30"), is read as written.
     */
    private static LocalTime afterStart(String from, String to, LocalTime start, LocalTime end) {
        boolean startTwelveHour = HALF.matcher(from).matches() || TWELVE_HOUR.matcher(from.strip()).matches();
        boolean twelveHour = startTwelveHour && !HALF.matcher(to).matches() && TWELVE_HOUR.matcher(to.strip()).matches();
        LocalTime evening = end.plusHours(12);
        return twelveHour && !end.isAfter(start) && end.getHour() < 12 && evening.isAfter(start) ? evening : end;
    }

    private static LocalTime clock(String typed, String part) {
        return TimeInput.parse(part).orElseThrow(() -> refused(typed, part));
    }

    private static InvalidValueException refused(String typed, String part) {
        Matcher digits = DIGITS.matcher(part.strip());
        String why = "is not a time of day";
        if (digits.matches() && Integer.parseInt(digits.group(1)) > 23) {
            why = "is not a time of day: the clock stops at 23:59";
        } else if (digits.matches() && digits.group(2) != null && Integer.parseInt(digits.group(2)) > 59) {
            why = "is not a time of day: an hour has 60 minutes";
        }
        return new InvalidValueException("time", Quoted.of(typed) + " " + why + "; write it like " + FORMS + ".");
    }

    public boolean isAllDay() {
        return start == null;
    }

    public Optional<LocalTime> start() {
        return Optional.ofNullable(start);
    }

    /** The end the user gave; empty when none was (see {@link #endOn} for the end a calendar needs). */
    public Optional<LocalTime> end() {
        return Optional.ofNullable(end);
    }

    /** When the event starts on {@code day}: its start, or the day's first moment when it is all day. */
    public LocalDateTime startOn(LocalDate day) {
        return start == null ? day.atStartOfDay() : day.atTime(start);
    }

    /**
     * When the event ends, held on {@code day}: the next day's first moment when it is all day, its end
     * (the next day's when at or before the start), or {@link #USUAL_LENGTH} after a start with no end.
     */
    public LocalDateTime endOn(LocalDate day) {
        if (start == null) {
            return day.plusDays(1).atStartOfDay();
        }
        if (end == null) {
            return day.atTime(start).plus(USUAL_LENGTH);
        }
        return end.isAfter(start) ? day.atTime(end) : day.plusDays(1).atTime(end);
    }

    /** "at 7 pm", "from 7 pm to 9:30 pm": the time as a sentence says it after the day; empty when all day. */
    public String said() {
        if (start == null) {
            return "";
        }
        return end == null ? saidStart() : "from " + English.clock(start) + " to " + English.clock(end);
    }

    /** "at 7 pm": the start alone as a sentence says it, for a list whose rows have no room for the end; empty when all day. */
    public String saidStart() {
        return start == null ? "" : "at " + English.clock(start);
    }

    /** "19:00", "19:00–21:30" as a list or a form shows it; empty when all day. */
    public String shown() {
        return start == null ? "" : start + (end == null ? "" : "–" + end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventTime that && Objects.equals(start, that.start) && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** As {@link #shown}, and "all day" when there is no time (what a change or a conflict names). */
    @Override
    public String toString() {
        return start == null ? "all day" : shown();
    }
}
