package dev.needle.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The numbers people write as words when they say a length or a time: "an hour", "two hours",
 * "half past five", "twenty minutes". Only the words such phrases use; digits are read elsewhere.
 */
final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The number {@code word} (lower case) names, in words or digits; empty for anything else. */
    static Optional<Integer> of(String word) {
        if (!word.isEmpty() && word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(WORDS.get(word));
    }
}
