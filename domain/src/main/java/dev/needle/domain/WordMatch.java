package dev.needle.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word-level matching used by tags and need targets. Two words match when they share a stem
 * ("design" finds "designer", "accounting" finds "accountant"), never by a bare prefix: "art" is not
 * "articled". Small words ("an", "to", "our") carry no meaning of their own and are skipped on the
 * side that is looked for, so "an accountant" is found in "introductions to our accountant".
 */
final class WordMatch {
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "at", "with", "by", "from",
            "our", "my", "your", "their", "his", "her", "own", "some", "someone", "somebody", "who", "good", "new");
    /** Inflections go first, then one derivation, then a final "e": "engineering" and "engineer" both end as "engin". */
    private static final String[] INFLECTIONS = {"ings", "ing", "es", "ed", "s"};
    private static final String[] DERIVATIONS = {"ations", "ation", "ments", "ment", "ers", "er", "ors", "or",
            "ists", "ist", "ants", "ant", "ents", "ent", "ions", "ion"};
    private static final int MIN_STEM = 3;
    private static final java.util.Set<String> NOT_PLURALS = java.util.Set.of("its", "has", "was", "his", "yes", "bus", "gas");
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

    /** True when every word of {@code wanted} that carries meaning is found among the words of {@code text}. */
    static boolean allFound(List<String> wanted, List<String> text) {
        if (wanted.isEmpty() || text.isEmpty()) {
            return false;
        }
        boolean meaningful = false;
        for (String word : wanted) {
            meaningful |= !SMALL_WORDS.contains(word);
        }
        // Loops, not streams: triage runs this for every target of every need on each request.
        for (String word : wanted) {
            if ((!meaningful || !SMALL_WORDS.contains(word)) && !foundIn(word, text)) {
                return false;
            }
        }
        return true;
    }

    /** How many words of the text carry meaning: matching compares the shorter side with the longer. */
    static boolean isSmall(String word) {
        return SMALL_WORDS.contains(word);
    }

    static int meaningfulCount(List<String> words) {
        int count = 0;
        for (String word : words) {
            count += SMALL_WORDS.contains(word) ? 0 : 1;
        }
        return count == 0 ? words.size() : count;
    }

    private static boolean foundIn(String word, List<String> text) {
        String stem = stem(word);
        for (String candidate : text) {
            // A small word in the text is found only as itself: "owner" stems to "own", and a shop's
            // owner is not what "their own-brand labels" asks for.
            if (candidate.equals(word) || !SMALL_WORDS.contains(candidate) && stem(candidate).equals(stem)
                    || isShortPlural(candidate, word) || isShortPlural(word, candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code plural} is a two-letter word with an "s" ("CVs", "PRs"), too short for the stem to
     * take off; "its" is not "IT", nor "has", "was", "his", "yes", "bus" or "gas" anything.
     */
    private static boolean isShortPlural(String plural, String word) {
        return word.length() == 2 && plural.length() == 3 && plural.endsWith("s") && plural.startsWith(word)
                && !NOT_PLURALS.contains(plural);
    }

    /** A light stem: one inflection, one derivation and a final "e" off, never below three letters. */
    static String stem(String word) {
        String stem = word.endsWith("ies") && word.length() - 3 >= MIN_STEM
                ? word.substring(0, word.length() - 3) + "y" : strip(word, INFLECTIONS);
        stem = strip(stem, DERIVATIONS);
        if (stem.endsWith("e") && stem.length() > MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static String strip(String word, String[] suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM
                    && !(suffix.equals("s") && (word.endsWith("ss") || word.endsWith("us")))) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
