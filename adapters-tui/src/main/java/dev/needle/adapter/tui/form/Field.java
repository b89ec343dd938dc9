package dev.needle.adapter.tui.form;

import dev.needle.domain.DateInput;
import dev.needle.domain.English;
import dev.needle.domain.EventTime;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.TimeInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One form field: a label, the text typed (or the choice made), the domain field names whose
 * errors belong next to it, a check run when the user leaves it, and the error shown. A date field
 * also has {@code echo}: the day its text means ("Thu 2026-12-10"), shown beside it as the user
 * types; empty text when it means none yet; a time field likewise the time it read ("3 am"). Other text
 * fields have no echo at all. A choice field keeps {@code typed}, the letters typed into it since it
 * was entered, to choose by name as a list does, or by one of its {@code words} (a word people use to
 * the choice it names: "lunch" to "in person"). {@code reads} says what the text is read as: a day
 * to come or gone by, a time, or text. {@code cursor} is where typing goes in a text field (see
 * {@link EditLine}); one outside the text is at its end. A {@code suggestion} is text the form proposed
 * (30 minutes, today): the first character typed into it replaces it, as typing replaces a value a
 * dialog has selected, and any other edit makes it text of the user's own. A choice field is one when it
 * refused the word typed into it: the word stays shown, selected, and the next letter starts a new one.
 */
public record Field(String key, String label, String value, List<String> choices, Map<String, String> words, Set<String> domainNames,
                    Optional<Consumer<String>> check, Optional<String> error, Optional<String> echo, String typed,
                    Reads reads, int cursor, boolean suggestion) {
    /** What a field's text is read as, and so what its echo says. */
    public enum Reads {
        TEXT, DAY, DAY_GONE,
        /** A meeting's time of day ({@link TimeInput}). */
        TIME,
        /** An event's time: a start, an end too, or none for all day ({@link EventTime}). */
        EVENT_TIME
    }

    public Field {
        choices = List.copyOf(choices);
        words = words == null ? Map.of() : Map.copyOf(words);
        domainNames = Set.copyOf(domainNames);
        check = check == null ? Optional.empty() : check;
        error = error == null ? Optional.empty() : error;
        echo = echo == null ? Optional.empty() : echo;
        typed = typed == null ? "" : typed;
        cursor = value == null ? 0 : new EditLine(value, cursor < 0 ? value.length() : cursor).cursor();
    }

    public Field(String key, String label, String value, List<String> choices, Map<String, String> words, Set<String> domainNames,
                 Optional<Consumer<String>> check, Optional<String> error, Optional<String> echo, String typed,
                 Reads reads, int cursor) {
        this(key, label, value, choices, words, domainNames, check, error, echo, typed, reads, cursor, false);
    }

    public Field(String key, String label, String value, List<String> choices, Map<String, String> words, Set<String> domainNames,
                 Optional<Consumer<String>> check, Optional<String> error, Optional<String> echo, String typed,
                 Reads reads) {
        this(key, label, value, choices, words, domainNames, check, error, echo, typed, reads, value.length());
    }

    public Field(String key, String label, String value, List<String> choices, Map<String, String> words, Set<String> domainNames,
                 Optional<Consumer<String>> check, Optional<String> error) {
        this(key, label, value, choices, words, domainNames, check, error, Optional.empty(), "", Reads.TEXT);
    }

    /** A text field; {@code check} throws the domain's InvalidValueException for a bad value. */
    public static Field text(String key, String label, String value, Consumer<String> check, String... domainNames) {
        return new Field(key, label, value, List.of(), Map.of(), names(key, domainNames), Optional.ofNullable(check), Optional.empty());
    }

    /** A date field that takes "fri", "+3d", "dec 12" or ISO ({@link DateInput}), starting at {@code value}. */
    public static Field date(String key, String label, Optional<LocalDate> value, String... domainNames) {
        return new Field(key, label, value.map(LocalDate::toString).orElse(""), List.of(), Map.of(), names(key, domainNames),
                Optional.of(DateInput::check), Optional.empty(), Optional.of(value.map(DateInput::shown).orElse("")), "", Reads.DAY);
    }

    /**
     * A date field for a day gone by, today or before ({@link DateInput#parseGone}): "fri" is the last
     * Friday, and its echo says so as it is typed.
     */
    public static Field dayGone(String key, String label, LocalDate value, LocalDate today, String... domainNames) {
        return new Field(key, label, value.equals(today) ? "today" : value.toString(), List.of(), Map.of(), names(key, domainNames),
                Optional.of(DateInput::checkGone), Optional.empty(), Optional.of(DateInput.shown(value)), "", Reads.DAY_GONE);
    }

    /**
     * A time field ({@link Reads#TIME} or {@link Reads#EVENT_TIME}) whose echo says the time its text
     * means as it is typed: a bare "3" is 3 am, and the user sees so before a message says it.
     */
    public static Field time(String key, String label, String value, Reads reads, Consumer<String> check) {
        return new Field(key, label, value, List.of(), Map.of(), Set.of(key), Optional.ofNullable(check), Optional.empty(),
                Optional.of(timeEcho(reads, value)), "", reads);
    }

    private static String timeEcho(Reads reads, String text) {
        if (reads == Reads.TIME) {
            return TimeInput.parse(text).map(English::clock).orElse("");
        }
        try {
            return EventTime.read(text).said().replaceFirst("^(at|from) ", "");
        } catch (InvalidValueException notYet) {
            return "";
        }
    }

    /** A choice among fixed values, cycled with ←/→ or Space, or chosen by typing the start of its name. */
    public static Field choice(String key, String label, List<String> choices, String value) {
        return choice(key, label, choices, Map.of(), value);
    }

    /**
     * A choice that other words name too ({@code words}: a word to the choice it names), as people say
     * them: "lunch" for "in person", "zoom" for "video call".
     */
    public static Field choice(String key, String label, List<String> choices, Map<String, String> words, String value) {
        return new Field(key, label, choices.contains(value) ? value : choices.get(0), choices, words, Set.of(key),
                Optional.empty(), Optional.empty());
    }

    public boolean isDate() {
        return reads == Reads.DAY || reads == Reads.DAY_GONE;
    }

    /** Whether the field takes a day gone by rather than one to come. */
    public boolean gone() {
        return reads == Reads.DAY_GONE;
    }

    /** The same field, its echo now what its text means (as of {@code today} for a day). */
    public Field echoedAsOf(LocalDate today) {
        String said = switch (reads) {
            case TEXT -> null;
            case DAY -> DateInput.echo(value, today);
            case DAY_GONE -> DateInput.echoGone(value, today);
            case TIME, EVENT_TIME -> timeEcho(reads, value);
        };
        return said == null ? this : new Field(key, label, value, choices, words, domainNames, check, error, Optional.of(said),
                typed, reads, cursor, suggestion);
    }

    private static Set<String> names(String key, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(List.of(more));
        all.add(key);
        return all;
    }

    /** A notes field, which may be edited in the external editor. */
    public boolean isLongText() {
        return !isChoice() && key.equals("notes");
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public Field withValue(String newValue) {
        return new Field(key, label, newValue, choices, words, domainNames, check, Optional.empty(), echo, "", reads);
    }

    public Field withError(String message) {
        return new Field(key, label, value, choices, words, domainNames, check, Optional.ofNullable(message), echo, typed, reads,
                cursor, suggestion);
    }

    /** The text and where the cursor stands in it. */
    public EditLine line() {
        return new EditLine(value, cursor);
    }

    /** The field after an edit: its new text (the error goes, as with any typing), or only its cursor moved. */
    public Field edited(EditLine line) {
        return line.text().equals(value)
                ? new Field(key, label, value, choices, words, domainNames, check, error, echo, typed, reads, line.cursor())
                : new Field(key, label, line.text(), choices, words, domainNames, check, Optional.empty(), echo, "", reads,
                        line.cursor());
    }

    /** The same field with its cursor at the end of its text: where typing goes when it is entered. */
    public Field cursorAtEnd() {
        return new Field(key, label, value, choices, words, domainNames, check, error, echo, typed, reads, value.length(),
                suggestion);
    }

    /** The same field, its text a suggestion: replaced by the first character typed into it (see above). */
    public Field suggested() {
        return isChoice() ? this
                : new Field(key, label, value, choices, words, domainNames, check, error, echo, typed, reads, cursor, true);
    }

    /** The field after {@code ch} is typed over its suggestion: {@code ch} alone, the cursor after it. */
    public Field typedOver(char ch) {
        return edited(EditLine.atEnd(String.valueOf(ch)));
    }

    /** The next (or previous) choice, wrapping around. */
    public Field cycled(int by) {
        int at = choices.indexOf(value);
        int next = Math.floorMod(at + by, choices.size());
        return withValue(choices.get(next));
    }

    /**
     * The field after {@code ch} is typed into it: on the choice whose name starts with the letters typed
     * so far ("v", "vi" … "video call"), or, after a whole name, with {@code ch} alone, as a list chooses.
     * Letters that start no name are kept, so the rest of a wrong word ("phone") chooses nothing either.
     */
    public Field typedInto(char ch) {
        List<String> starts = namesAChoice() ? List.of(typed + ch, String.valueOf(ch)) : List.of(typed + ch);
        for (String start : starts) {
            Optional<String> named = named(start);
            if (named.isPresent()) {
                return new Field(key, label, named.get(), choices, words, domainNames, check, Optional.empty(), echo, start, reads);
            }
        }
        return new Field(key, label, value, choices, words, domainNames, check, error, echo, typed + ch, reads);
    }

    /** Whether the letters typed so far start a choice's name (or none were typed). */
    public boolean namesAChoice() {
        return typed.isEmpty() || named(typed).isPresent();
    }

    /**
     * The first choice whose name starts with {@code start}, else the first with a word that does ("partner"),
     * else the one named by the first of its other words that does ("lunch").
     */
    private Optional<String> named(String start) {
        Optional<String> byName = choices.stream().filter(c -> startsAt(c, 0, start)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        Optional<String> byWordInName = choices.stream().filter(c -> {
            for (int at = c.indexOf(' '); at >= 0; at = c.indexOf(' ', at + 1)) {
                if (startsAt(c, at + 1, start)) {
                    return true;
                }
            }
            return false;
        }).findFirst();
        if (byWordInName.isPresent()) {
            return byWordInName;
        }
        return words.keySet().stream().sorted().filter(w -> startsAt(w, 0, start)).map(words::get)
                .filter(choices::contains).findFirst();
    }

    private static boolean startsAt(String name, int at, String start) {
        return name.regionMatches(true, at, start, 0, start.length());
    }

    /** "Format is one of: in person, coffee, …": what a word that names no choice is answered with. */
    public String choicesSaid() {
        return label + " is one of: " + String.join(", ", choices) + ".";
    }

    /** The same field with nothing typed into it: what it is when it is entered again. */
    public Field untyped() {
        return typed.isEmpty() ? this : new Field(key, label, value, choices, words, domainNames, check, error, echo, "", reads);
    }

    /** Runs the check; the field comes back with the domain's message, or with none. */
    public Field validated() {
        if (isChoice() && !namesAChoice()) {
            // Refused, and kept selected (a suggestion): the next letter starts a new word over it.
            return new Field(key, label, value, choices, words, domainNames, check,
                    Optional.of("\"" + typed.strip() + "\" is none of them; type one over it"), echo, typed,
                    reads, cursor, true);
        }
        if (check.isEmpty()) {
            return withError(null);
        }
        try {
            check.get().accept(value);
            return withError(null);
        } catch (InvalidValueException refused) {
            return withError(refused.getMessage());
        }
    }
}
