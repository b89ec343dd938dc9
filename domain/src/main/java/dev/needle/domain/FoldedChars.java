package dev.needle.domain;

/**
 * Each character's fold, remembered: the search index and a one-off search fold every contact's text,
 * and running the Unicode normaliser over each text was most of that work. Folding a text character by
 * character gives what folding it whole gives: decomposition is per character, reordering only moves
 * combining marks (which the fold drops), and lower-casing is per character except for the capital
 * sigma, whose lower case depends on the next letter. Texts with that letter, or with characters outside
 * the Basic Multilingual Plane, are folded whole instead ({@link #lowerWithoutMarks} answers null).
 */
final class FoldedChars {
    private static final char CAPITAL_SIGMA = '\u03A3';
    /** Pages of 256 characters, made when first needed: a text uses a few scripts, not all of Unicode. */
    private static final String[][] PAGES = new String[256][];

    private FoldedChars() {
    }

    /**
     * {@code text} lower-cased without accents or other marks, as {@link SearchText} folds before it
     * collapses spaces; null when the text has a character this cannot fold alone.
     */
    static String lowerWithoutMarks(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c == CAPITAL_SIGMA || Character.isSurrogate(c)) {
                return null;
            } else {
                folded.append(of(c));
            }
        }
        return folded.toString();
    }

    /** Racy by design: two threads may both fold a character, and both store the same string. */
    private static String of(char c) {
        String[] page = PAGES[c >>> 8];
        if (page == null) {
            page = new String[256];
            PAGES[c >>> 8] = page;
        }
        String folded = page[c & 0xFF];
        if (folded == null) {
            folded = SearchText.lowerWithoutMarks(String.valueOf(c));
            page[c & 0xFF] = folded;
        }
        return folded;
    }
}
