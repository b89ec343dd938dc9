package dev.needle.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The travel time people write into a place: "Blue Bottle, 25 min drive", "40-minute walk",
 * "1 h by train", "1h30 drive". The note says one way; a meeting's travel is there and back, so a
 * place noted "25 min drive" costs 50 minutes of the week.
 */
public final class TravelNote {
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "(\\d{1,2})\\s*(?:h|hr|hrs|hours?)\\s*(\\d{1,2})?\\s*(?:m|min|mins|minutes?)?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,3})\\s*-?\\s*(?:m|min|mins|minutes?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private TravelNote() {
    }

    /** The minutes one way the place says, when it says any. */
    public static Optional<Integer> oneWay(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String text = place.toLowerCase(Locale.ROOT);
        Matcher h = HOURS_AND_MINUTES.matcher(text);
        if (h.find()) {
            int minutes = Integer.parseInt(h.group(1)) * 60 + (h.group(2) == null ? 0 : Integer.parseInt(h.group(2)));
            return minutes > 0 && minutes <= 12 * 60 ? Optional.of(minutes) : Optional.empty();
        }
        Matcher m = MINUTES.matcher(text);
        if (m.find()) {
            int minutes = Integer.parseInt(m.group(1));
            return minutes > 0 && minutes <= 12 * 60 ? Optional.of(minutes) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The place without its travel note, to name in a sentence: "Blue Bottle, 25 min drive" is "Blue
     * Bottle"; a place that is only a note ("40 min away") stays as written.
     */
    public static String placeOnly(String place) {
        if (place == null || oneWay(place).isEmpty()) {
            return place == null ? "" : place.strip();
        }
        StringBuilder kept = new StringBuilder();
        for (String part : place.split("[,;()\\[\\]]|\\s[-–—]\\s")) {
            if (!part.isBlank() && oneWay(part).isEmpty()) {
                kept.append(kept.length() == 0 ? "" : ", ").append(part.strip());
            }
        }
        return kept.length() == 0 ? place.strip() : kept.toString();
    }

    /** The travel a meeting there takes: the note's minutes there and back. */
    public static Optional<Integer> thereAndBack(String place) {
        return oneWay(place).map(m -> m * 2);
    }
}
