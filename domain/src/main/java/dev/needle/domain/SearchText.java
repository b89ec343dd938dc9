package dev.needle.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, accents removed, runs of spaces collapsed ("José" finds "jose"). */
public final class SearchText {
    /**
     * Raise when {@link #fold} changes what it gives for any text, or a contact's search text holds more
     * ({@link ContactSearchFields#text}): folded texts kept in a store are redone. 2: nicknames.
     */
    private static final int RULE = 2;

    private SearchText() {
    }

    /**
     * Which fold this is, for a store that keeps folded texts: the rule above and the JDK's feature
     * release, whose Unicode tables (decomposition, marks, lower case) the fold rests on and which
     * change only from one release to the next. A text folded under another version is folded again.
     */
    public static int version() {
        return RULE * 1000 + Runtime.version().feature();
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
