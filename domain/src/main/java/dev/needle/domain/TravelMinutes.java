package dev.needle.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A meeting's travel as people type it into its field, which counts there and back: "50", "1h30",
 * "25 min each way by U-Bahn" (twice 25), "40 min there and back". A note that does not say which
 * way ("25 min by bike") is asked about rather than guessed: the guess would be off by half.
 */
public final class TravelMinutes {
    private static final Pattern ONE_WAY = Pattern.compile("\\b(each|one|per|every)[ -]way\\b|\\beach direction\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH_WAYS = Pattern.compile(
            "\\bthere and back\\b|\\bround[ -]?trip\\b|\\bboth ways\\b|\\breturn\\b|\\bin total\\b", Pattern.CASE_INSENSITIVE);

    private TravelMinutes() {
    }

    /** The minutes there and back {@code text} names; refused under {@code field} when it names none. */
    public static int inField(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > AroundTheNumber.LONGEST_SENTENCE || TypedMinutes.read(value, false).isPresent()) {
            return TypedMinutes.inField(field, value);
        }
        boolean oneWay = ONE_WAY.matcher(value).find();
        boolean bothWays = BOTH_WAYS.matcher(value).find();
        Optional<Integer> said = TravelNote.oneWay(value);
        if (said.isPresent() && oneWay != bothWays) {
            return oneWay ? said.get() * 2 : said.get();
        }
        if (said.isPresent()) {
            throw new InvalidValueException(field, Quoted.of(value) + ": one way, or there and back? Write \""
                    + said.get() + " min each way\" or " + said.get() * 2 + ".");
        }
        return TypedMinutes.inField(field, value);
    }
}
