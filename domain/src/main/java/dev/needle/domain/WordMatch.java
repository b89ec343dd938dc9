package dev.needle.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word-level matching used by tags and need targets. A word matches when it equals a word of the
 * other text or, being at least three letters long, begins one ("design" finds "designer").
 */
final class WordMatch {
    private static final int MIN_PREFIX = 3;
    /**
     * Triage compares the same few tags, roles and companies against every need and everyone you
     * know; folding and splitting them anew each time was nearly all of its cost. Values repeat, so a
     * small memo answers almost every call; it is emptied when full rather than grown without bound.
     */
    private static final int MEMO_LIMIT = 8192;
    private static final Map<String, List<String>> MEMO = new ConcurrentHashMap<>();

    private WordMatch() {
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> known = MEMO.get(text);
        if (known != null) {
            return known;
        }
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        List<String> words = split(text);
        MEMO.put(text, words);
        return words;
    }

    private static List<String> split(String text) {
        String folded = SearchText.fold(text).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" +"));
    }

    /** True when every word of {@code wanted} is found among the words of {@code text}. */
    static boolean allFound(List<String> wanted, List<String> text) {
        if (wanted.isEmpty() || text.isEmpty()) {
            return false;
        }
        // Loops, not streams: triage runs this for every target of every need on each request.
        for (String word : wanted) {
            if (!foundIn(word, text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean foundIn(String word, List<String> text) {
        for (String candidate : text) {
            if (candidate.equals(word) || (word.length() >= MIN_PREFIX && candidate.startsWith(word))) {
                return true;
            }
        }
        return false;
    }
}
