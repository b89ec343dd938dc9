package dev.needle.domain;

/**
 * How well folded search text answers the words of a query, and whether it would answer them but
 * for a typo: a word of four letters or more may be one edit (a letter missing, extra, wrong, or two
 * swapped) from a word of the text or from its start, and of eight or more two edits; a word with a
 * digit must be there as typed.
 */
public final class NearSpelling {
    private static final int SHORTEST_WORD_WITH_TYPOS = 4;
    private static final int LONGEST_WORD_WITH_ONE_TYPO = 7;

    private NearSpelling() {
    }

    /**
     * Lower is better: for each word, 0 when the name holds it whole, 1 when a word of the name
     * begins with it, 2 and 3 likewise anywhere in the text, 4 when it is only inside a word.
     */
    public static int rank(String name, String text, String[] words) {
        int rank = 0;
        for (String word : words) {
            rank += wholeWord(name, word) ? 0 : wordStart(name, word) ? 1
                    : wholeWord(text, word) ? 2 : wordStart(text, word) ? 3 : 4;
        }
        return rank;
    }

    /** Whether any query word is long enough for a typo to be forgiven. */
    public static boolean worthTrying(String[] words) {
        for (String word : words) {
            if (editsForgiven(word) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Every word is in the text as typed, or (being long enough) near a word of the text or its start. */
    public static boolean matches(String text, String[] words) {
        // Plain containment first: it rejects most texts before any table is filled.
        for (String word : words) {
            if (editsForgiven(word) == 0 && !text.contains(word)) {
                return false;
            }
        }
        for (String word : words) {
            if (editsForgiven(word) > 0 && !text.contains(word) && !nearAWord(text, word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many edits a query word may be from a word of the text: none below four letters, and none
     * in a word with a digit (a number near another is another number, not a typo of it).
     */
    public static int editsForgiven(String word) {
        if (word.length() < SHORTEST_WORD_WITH_TYPOS || word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        return word.length() > LONGEST_WORD_WITH_ONE_TYPO ? 2 : 1;
    }

    private static boolean nearAWord(String text, String word) {
        int allowed = editsForgiven(word);
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end - start >= word.length() - allowed && nearStart(text, start, end, word, allowed)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /**
     * Whether the text word text[from, to), or a start of it as long as the query word give or take
     * the edits allowed, is within those edits of {@code word}: one table (optimal string alignment)
     * whose last column holds the distance of every start at once.
     */
    private static boolean nearStart(String text, int from, int to, String word, int allowed) {
        int m = word.length();
        int longest = Math.min(to - from, m + allowed);
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= longest; i++) {
            current[0] = i;
            int best = current[0];
            char a = text.charAt(from + i - 1);
            for (int j = 1; j <= m; j++) {
                char b = word.charAt(j - 1);
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a == b ? 0 : 1));
                if (i > 1 && j > 1 && a == word.charAt(j - 2) && text.charAt(from + i - 2) == b) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                best = Math.min(best, value);
            }
            if (i >= m - allowed && current[m] <= allowed) {
                return true;
            }
            if (best > allowed) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return false;
    }

    private static boolean wholeWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (boundaryBefore(text, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordStart(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (boundaryBefore(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }
}
