package dev.needle.adapter.tui.text;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.needle.domain.PrintableText;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from outside (imports, typing, notes) safe to put on a terminal cell by cell, and
 * measures it the way the terminal will lay it out. Every string the UI draws passes through here.
 */
public final class SafeText {
    /** Shown where a character cannot be drawn; a single-column character every terminal has. */
    public static final char PLACEHOLDER = '\uFFFD';
    public static final String ELLIPSIS = "\u2026";
    /** Enough for any real script (Vietnamese stacks two, Tibetan a few more); beyond is noise. */
    private static final int MAX_MARKS_PER_CELL = 4;

    private SafeText() {
    }

    /**
     * One line of drawable text: {@link PrintableText#line} first (escape sequences removed whole, so
     * no "[2J" residue; controls, bidi controls and stray joiners removed), then every other format
     * character (the joiners of emoji sequences, variation selectors) removed,
     * line breaks and tabs turned into spaces, NFC applied, and anything a cell cannot hold replaced
     * by {@link #PLACEHOLDER}. A non-spacing mark (Devanagari virama, Thai vowels above and below)
     * stays with the letter before it, which the terminal draws it on; a mark with no letter to sit
     * on becomes a placeholder. A character beyond the BMP (emoji, rare CJK) stays as its two chars;
     * skin-tone modifiers and the joiners of emoji sequences go with the other format characters,
     * so 👩‍💻 shows as 👩💻: terminals disagree on how wide a joined sequence is, never on a lone emoji.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // The rule every output shares removes escape sequences, controls and bidi controls; what
        // follows here is about laying the rest out in terminal cells.
        String composed = Normalizer.normalize(PrintableText.line(raw), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isZeroWidthMark(c)) {
                if (!canCarryMark(out)) {
                    out.append(PLACEHOLDER);
                } else if (marksAtEnd(out) < MAX_MARKS_PER_CELL) {
                    out.append(c);
                }
                // Marks beyond the cap are dropped: stacks of them (so-called Zalgo text) only smear
                // over neighbouring rows, and a terminal cell keeps a few bytes only.
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < composed.length()
                    && Character.isLowSurrogate(composed.charAt(i + 1))) {
                appendBeyondBmp(out, Character.toCodePoint(c, composed.charAt(i + 1)));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.append(PLACEHOLDER); // half of a pair: no character to show
            } else if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else if (isInvisible(c)) {
                continue;
            } else if (!Character.isDefined(c) || Character.getType(c) == Character.PRIVATE_USE) {
                out.append(PLACEHOLDER);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Columns the cleaned text takes on screen: wide (CJK and similar) characters count two, marks none. */
    public static int width(String text) {
        return columnsOf(clean(text));
    }

    /**
     * The user-perceived characters (grapheme clusters) of the cleaned text, in order. Cutting text
     * only between these never leaves a vowel sign or virama without its letter.
     */
    public static List<String> clusters(String text) {
        return clustersOf(clean(text));
    }

    private static List<String> clustersOf(String safe) {
        List<String> clusters = new ArrayList<>();
        BreakIterator boundaries = BreakIterator.getCharacterInstance();
        boundaries.setText(safe);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            clusters.add(safe.substring(start, end));
        }
        return clusters;
    }

    /**
     * The terminal cells the cleaned text fills, left to right: each is one character followed by
     * the non-spacing marks drawn on it (a character beyond the BMP is its two chars). This is how
     * a terminal lays text out (a spacing vowel sign takes a cell of its own even inside a cluster),
     * so a screen must place text cell by cell.
     */
    public static List<String> cells(String text) {
        return cellsOf(clean(text));
    }

    /** The cells of {@link #clip}{@code (text, columns)}: what the renderer puts on a row, cleaned once. */
    public static List<String> clippedCells(String text, int columns) {
        return cellsOf(clip(text, columns));
    }

    private static List<String> cellsOf(String safe) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= safe.length(); i++) {
            if (i == safe.length() || !isZeroWidthMark(safe.charAt(i)) && !Character.isLowSurrogate(safe.charAt(i))) {
                cells.add(safe.substring(start, i));
                start = i;
            }
        }
        return cells;
    }

    /** Cleans and cuts to at most {@code columns}, ending in an ellipsis when something was cut. */
    public static String clip(String text, int columns) {
        String safe = clean(text);
        if (columns <= 0) {
            return "";
        }
        if (columnsOf(safe) <= columns) {
            return safe;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String cluster : clustersOf(safe)) {
            int w = columnsOf(cluster);
            if (used + w > columns - 1) {
                break;
            }
            out.append(cluster);
            used += w;
        }
        return out.append(ELLIPSIS).toString();
    }

    /** The end of the text that fits in {@code columns}, after an ellipsis: where the typing happens. */
    public static String tail(String text, int columns) {
        String safe = clean(text);
        if (columnsOf(safe) <= columns) {
            return safe;
        }
        List<String> clusters = clustersOf(safe);
        StringBuilder out = new StringBuilder();
        int used = 1;
        for (int i = clusters.size() - 1; i >= 0; i--) {
            int w = columnsOf(clusters.get(i));
            if (used + w > columns) {
                break;
            }
            out.insert(0, clusters.get(i));
            used += w;
        }
        return ELLIPSIS + out;
    }

    /** Cleans, clips and pads with spaces to exactly {@code columns}, so columns line up. */
    public static String fit(String text, int columns) {
        String clipped = clip(text, columns);
        int w = columnsOf(clipped); // clip's result is clean already
        return w >= columns ? clipped : clipped + " ".repeat(columns - w);
    }

    /** Word-wraps cleaned text into lines of at most {@code columns}; a word too long is clipped. */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            // The words come from cleaned text, so they are measured as they are.
            int needed = columnsOf(line.toString()) + (line.length() == 0 ? 0 : 1) + columnsOf(word);
            if (line.length() > 0 && needed > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(line.length() == 0 ? clip(word, columns) : word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Columns one of the {@link #cells} takes: its first character's (the marks on it take none).
     * The renderer asks this for every cell of every frame, so it measures without cleaning again.
     */
    public static int cellWidth(String cell) {
        return cell.isEmpty() ? 0 : columnsOf(cell.codePointAt(0));
    }

    /** Columns a character takes: two for wide (CJK, most emoji), none for a non-spacing mark. */
    public static int columnsOf(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            char c = (char) codePoint;
            if (isZeroWidthMark(c)) {
                return 0;
            }
            return TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
        }
        return WideCodePoints.isWide(codePoint) ? 2 : 1;
    }

    /** Columns of already cleaned text, counted the way a terminal advances its cursor. */
    private static int columnsOf(String safe) {
        int columns = 0;
        for (int i = 0; i < safe.length(); i += Character.charCount(safe.codePointAt(i))) {
            columns += columnsOf(safe.codePointAt(i));
        }
        return columns;
    }

    /**
     * Keeps a character beyond the BMP when a terminal can draw it. Tag characters (flag
     * sequences) are invisible like other format characters; skin-tone modifiers are dropped
     * because some terminals draw them on the emoji before and others beside it, so the row's
     * width could not be known, and the emoji reads the same without.
     */
    private static void appendBeyondBmp(StringBuilder out, int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || isSkinToneModifier(codePoint) || isVariationSelector(codePoint)) {
            return;
        }
        if (!Character.isDefined(codePoint) || type == Character.PRIVATE_USE
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            // Marks beyond the BMP (Brahmi, Chakma) would need the pair-aware mark handling the BMP
            // scripts get; until a name needs it, a placeholder keeps the columns right.
            out.append(PLACEHOLDER);
            return;
        }
        out.appendCodePoint(codePoint);
    }

    private static boolean isSkinToneModifier(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || type == Character.FORMAT
                || type == Character.CONTROL || isVariationSelector(c);
    }

    /**
     * Non-spacing and enclosing marks: terminals draw them on the character before and do not move
     * the cursor. Spacing marks (as in Devanagari vowel signs) take a cell of their own.
     */
    private static boolean isZeroWidthMark(char c) {
        int type = Character.getType(c);
        return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && !isVariationSelector(c);
    }

    /**
     * Variation selectors only pick a glyph style; some terminals widen an emoji for one and others
     * do not, so the column count could not be known. The character reads the same without it.
     */
    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static int marksAtEnd(StringBuilder out) {
        int marks = 0;
        while (marks < out.length() && isZeroWidthMark(out.charAt(out.length() - 1 - marks))) {
            marks++;
        }
        return marks;
    }

    /** A mark needs a visible character to sit on: not the start of the text and not a space. */
    private static boolean canCarryMark(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char before = out.charAt(out.length() - 1);
        return before != ' ' && before != PLACEHOLDER;
    }
}
