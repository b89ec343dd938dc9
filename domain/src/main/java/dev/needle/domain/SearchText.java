package dev.needle.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, accents removed, runs of spaces collapsed ("José" finds "jose"). */
public final class SearchText {
    private SearchText() {
    }

    /*
     * Written as loops rather than regular expressions: imports fold every name and company of every
     * record, and the two replaceAll calls were most of an import's matching time.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // ASCII text has no accents to decompose; skipping the normaliser keeps the common case cheap.
        String plain = Check.isAscii(text) ? text.toLowerCase(Locale.ROOT) : FoldedChars.lowerWithoutMarks(text);
        return Check.collapseWhitespace(plain != null ? plain : lowerWithoutMarks(text)).strip();
    }

    /** The fold before spaces are collapsed, through the normaliser: the rule {@link FoldedChars} remembers. */
    static String lowerWithoutMarks(String text) {
        return withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
    }

    /** Drops combining marks (Unicode category M: non-spacing, spacing and enclosing). */
    private static String withoutMarks(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            if (!isMark(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
