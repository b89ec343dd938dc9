package dev.needle.domain;

import java.util.List;

/**
 * Word-level matching used by tags and need targets. A word matches when it equals a word of the
 * other text or, being at least three letters long, begins one ("design" finds "designer").
 */
final class WordMatch {
    private static final int MIN_PREFIX = 3;

    private WordMatch() {
    }

    static List<String> words(String text) {
        String folded = SearchText.fold(text).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" +"));
    }

    /** True when every word of {@code wanted} is found among the words of {@code text}. */
    static boolean allFound(List<String> wanted, List<String> text) {
        if (wanted.isEmpty() || text.isEmpty()) {
            return false;
        }
        for (String word : wanted) {
            if (text.stream().noneMatch(candidate -> candidate.equals(word)
                    || (word.length() >= MIN_PREFIX && candidate.startsWith(word)))) {
                return false;
            }
        }
        return true;
    }
}
