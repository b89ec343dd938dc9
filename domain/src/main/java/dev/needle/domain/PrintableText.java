package dev.needle.domain;

/**
 * The one rule for text from outside (imports, typing, notes, file names, library messages) on its
 * way to any output: full screen, plain text, Markdown, reports, the log. Escape sequences go whole
 * (CSI, OSC, DCS and the other strings, in their 7- and 8-bit forms), and so does every other
 * control character (C0, DEL, C1), every bidi override, embedding, isolate and mark, and every
 * invisible format character (zero-width space, word joiner, BOM) — removed, never replaced, so the
 * full screen and the command line show the same text. Zero-width joiners stay only where they
 * join: inside an emoji sequence, or between two letters of a script that shapes with them
 * (Devanagari half forms, Persian). Formats with an escape of their own (JSON, YAML) keep the data
 * and escape what {@link #mustEscape} names instead.
 *
 * <p>Nothing removed can leave a sequence behind: no ESC and no C1 character survives, so what is
 * left of a mangled sequence is plain visible text and can never form a new one.
 */
public final class PrintableText {
    /** Stands for half of a surrogate pair, which no encoder can write. */
    public static final char PLACEHOLDER = '\uFFFD';

    private static final int ESC = 0x1B;
    private static final int BEL = 0x07;
    private static final int C1_DCS = 0x90;
    private static final int C1_SOS = 0x98;
    private static final int C1_CSI = 0x9B;
    private static final int C1_ST = 0x9C;
    private static final int C1_OSC = 0x9D;
    private static final int C1_PM = 0x9E;
    private static final int C1_APC = 0x9F;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int WAVING_BLACK_FLAG = 0x1F3F4;

    private PrintableText() {
    }

    /** One line: line breaks and tabs become spaces, everything the rule removes is gone. */
    public static String line(String raw) {
        return clean(raw, false);
    }

    /**
     * Several lines, for values that have them (notes, messages): CR, CRLF, LF, VT, FF and the
     * Unicode line and paragraph separators become {@code \n}; tabs become spaces; everything else
     * as in {@link #line} (NEL, a C1 control, goes with the others).
     */
    public static String lines(String raw) {
        return clean(raw, true);
    }

    /**
     * Characters a format with escapes of its own (JSON, YAML) never writes raw, so the data is kept
     * and no reader's terminal sees them: C0, DEL and C1 controls, bidi controls and every other
     * invisible format character, the line and paragraph separators, and halves of surrogate pairs.
     */
    public static boolean mustEscape(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || isBidiControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** Bidi overrides, embeddings, isolates and marks: they reorder or hide what a reader sees. */
    public static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    private static String clean(String raw, boolean multiLine) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (alreadyClean(raw)) {
            return raw; // nearly every name and note: no copy
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int c = raw.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ESC) {
                next = afterEscape(raw, i + 1);
            } else if (c == C1_CSI) {
                next = afterCsi(raw, next);
            } else if (c == C1_OSC || c == C1_DCS || c == C1_SOS || c == C1_PM || c == C1_APC) {
                next = afterString(raw, next);
            } else if (c == '\r') {
                out.append(multiLine ? '\n' : ' ');
                if (next < raw.length() && raw.charAt(next) == '\n') {
                    next++; // CRLF is one break
                }
            } else if (c == '\n' || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029) {
                out.append(multiLine ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == ZWJ || c == ZWNJ) {
                if (joins(c, out, raw, next)) {
                    out.appendCodePoint(c);
                }
            } else if (isTag(c)) {
                if (continuesTagSequence(out)) {
                    out.appendCodePoint(c);
                }
            } else if (Character.getType(c) == Character.SURROGATE) {
                out.append(PLACEHOLDER);
            } else if (!isRemoved(c)) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean alreadyClean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c >= 0x7F && (c <= 0x9F || isRemoved(c) || Character.isSurrogate(c)
                    || c == ZWJ || c == ZWNJ || c == 0x2028 || c == 0x2029)) {
                return false;
            }
        }
        return true;
    }

    /** Controls and invisible format characters: C0, DEL, C1, bidi controls, zero-width space, BOM. */
    private static boolean isRemoved(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || isBidiControl(c);
    }

    /**
     * After ESC: a CSI or a string sequence to its end; any other escape is ESC, intermediates
     * (space to '/') and one final character ('0' to '~'), as in {@code ESC c} and {@code ESC ( 0}.
     * Anything else after a lone ESC stays, as plain text.
     */
    private static int afterEscape(String raw, int from) {
        if (from >= raw.length()) {
            return from;
        }
        char kind = raw.charAt(from);
        if (kind == '[') {
            return afterCsi(raw, from + 1);
        }
        if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
            return afterString(raw, from + 1);
        }
        int i = from;
        while (i < raw.length() && raw.charAt(i) >= 0x20 && raw.charAt(i) <= 0x2F) {
            i++;
        }
        if (i < raw.length() && raw.charAt(i) >= 0x30 && raw.charAt(i) <= 0x7E) {
            return i + 1;
        }
        return i; // malformed: the intermediates go, what follows is not part of it
    }

    /** Parameters and intermediates up to a final character '@'..'~'; a stray character ends it early. */
    private static int afterCsi(String raw, int from) {
        int i = from;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1;
            }
            if (c < 0x20 || c > 0x3F) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * A string sequence (OSC, DCS, SOS, PM, APC) ends at ST (ESC \ or U+009C) or BEL. One that never
     * ends loses only its introducer: the rest of the value stays readable, and holds no control.
     */
    private static int afterString(String raw, int from) {
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC && i + 1 < raw.length() && raw.charAt(i + 1) == '\\') {
                return i + 2;
            }
        }
        return from;
    }

    /**
     * A joiner belongs between two pictographs (👩‍💻) or between a letter or mark and a letter of
     * the same script where joiners shape text; anywhere else it only hides a difference.
     */
    private static boolean joins(int joiner, StringBuilder out, String raw, int after) {
        if (out.length() == 0 || after >= raw.length()) {
            return false;
        }
        int before = out.codePointBefore(out.length());
        int following = raw.codePointAt(after);
        // Emoji sequences join with ZWJ only; a non-joiner between two symbols has nothing to keep apart.
        if (joiner == ZWJ && isPictograph(following) && (isPictograph(before) || isEmojiModifier(before))) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(before);
        return Character.isLetter(following) && (Character.isLetter(before) || isMark(before))
                && script == Character.UnicodeScript.of(following) && shapesWithJoiners(script);
    }

    private static boolean isPictograph(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** Skin tones and the emoji presentation selector sit between a pictograph and its joiner. */
    private static boolean isEmojiModifier(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF || c == 0xFE0F;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean shapesWithJoiners(Character.UnicodeScript script) {
        return switch (script) {
            case ARABIC, SYRIAC, NKO, MONGOLIAN, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL,
                    TELUGU, KANNADA, MALAYALAM, SINHALA, MYANMAR, KHMER -> true;
            default -> false;
        };
    }

    /** Tag characters spell a subdivision flag (🏴 + tags); anywhere else they carry hidden text. */
    private static boolean isTag(int c) {
        return c >= 0xE0020 && c <= 0xE007F;
    }

    private static boolean continuesTagSequence(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        int before = out.codePointBefore(out.length());
        return before == WAVING_BLACK_FLAG || isTag(before) && before != 0xE007F;
    }
}
