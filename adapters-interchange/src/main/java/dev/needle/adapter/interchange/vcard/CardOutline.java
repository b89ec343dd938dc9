package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The BEGIN/END skeleton of a vCard file, checked before parsing: where each top-level card starts
 * (for the report), and the structural faults a lenient parser would pass over without a word.
 */
final class CardOutline {
    private CardOutline() {
    }

    /**
     * The line each top-level card starts on. Lines end at CR LF, CR or LF; each is compared trimmed
     * and ignoring case, in place: a 50 MB file is walked once, never split into a copy of its lines.
     * The same walk holds each card to {@link VCardLimits}, before the parser spends time or memory on it.
     */
    static List<Integer> startLines(String name, String text) {
        return of(name, text).lines();
    }

    /**
     * Where each top-level card starts: its line (from 1) and the offset of that line in the text; the
     * cards end at {@code end}, line {@code endLine} (the text's length for a whole file). In a part of a
     * file, {@code end} is where its last top-level {@code BEGIN:VCARD} line starts (at its first column),
     * and that card, whole or not, is left to the next part.
     */
    record Starts(List<Integer> lines, List<Integer> offsets, int end, int endLine) {
    }

    /** {@link #startLines} with the offset of each start line as well, from the same walk. */
    static Starts of(String name, String text) {
        return of(name, text, 1, true);
    }

    /**
     * The outline of a part of a file, whose first line is numbered {@code firstLine}. Unless it is the
     * file's {@code last} part, a card still open at its end is no fault: the last card is left out of
     * the starts and {@link Starts#end()} says where it begins, for the next part to begin there.
     */
    static Starts of(String name, String text, int firstLine, boolean last) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        CardSize size = new CardSize(name);
        int depth = 0;
        int openedAt = 0;
        int number = firstLine - 1;
        int closedAt = 0;
        int closedLine = firstLine;
        int length = text.length();
        // Where the next CR and LF are, each found by the JDK's vectorised search and kept until passed:
        // a line is ended by whichever comes first (a char-by-char walk was a twentieth of reading a file).
        int nextLf = -1;
        int nextCr = -1;
        for (int start = 0; start <= length; ) {
            if (nextLf < start) {
                nextLf = indexOrLength(text, '\n', start);
            }
            if (nextCr < start) {
                nextCr = indexOrLength(text, '\r', start);
            }
            int end = Math.min(nextLf, nextCr);
            number++;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (is(text, from, to, "BEGIN:VCARD")) {
                if (depth == 0 && from == start) {
                    // Where a part may end: to the parser a line that begins with a space continues the
                    // line before it, so the next part must not begin with one.
                    closedAt = start;
                    closedLine = number;
                }
                if (depth == 0) {
                    starts.add(number);
                    offsets.add(start);
                    openedAt = number;
                    size.begin(number, start);
                }
                depth++;
                if (depth > VCardLimits.MAX_NESTING) {
                    throw new InterchangeException(name + ": line " + number + ": a card nested more than "
                            + VCardLimits.MAX_NESTING + " deep (AGENT cards inside AGENT cards); Needle reads at most "
                            + VCardLimits.MAX_NESTING);
                }
            } else if (is(text, from, to, "END:VCARD")) {
                if (depth == 0) {
                    throw new InterchangeException(name + ": line " + number + ": END:VCARD without a BEGIN:VCARD");
                }
                depth--;
            } else if (depth == 0 && from < to) {
                throw new InterchangeException(name + ": line " + number + ": text outside any BEGIN:VCARD ... END:VCARD");
            } else if (depth > 0) {
                size.line(number, start, end, from < to && from == start);
            }
            if (end == length) {
                break;
            }
            start = text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        if (!last) {
            int whole = starts.size();
            while (whole > 0 && offsets.get(whole - 1) >= closedAt) {
                whole--;
            }
            return new Starts(starts.subList(0, whole), offsets.subList(0, whole), closedAt, closedLine);
        }
        if (depth > 0) {
            throw new InterchangeException(name + ": line " + openedAt + ": this card has no END:VCARD (file cut short?)");
        }
        return new Starts(starts, offsets, length, number);
    }

    /**
     * Counts what the current top-level card holds: its characters, its property lines, and the
     * length of the property being read with its folded continuation lines.
     */
    private static final class CardSize {
        private final String name;
        private int cardLine;
        private int cardStart;
        private int properties;
        private int propertyLine;
        private long propertyLength;

        CardSize(String name) {
            this.name = name;
        }

        void begin(int line, int offset) {
            cardLine = line;
            cardStart = offset;
            properties = 0;
            propertyLength = 0;
        }

        /**
         * One line inside a card, from {@code start} to {@code end}; {@code property} when it starts a
         * property (a folded continuation starts with a space or tab, a blank line starts nothing).
         */
        void line(int number, int start, int end, boolean property) {
            if (end - cardStart > VCardLimits.MAX_CARD) {
                throw new InterchangeException(name + ": line " + cardLine + ": the card that starts here is larger than "
                        + megabytes(VCardLimits.MAX_CARD) + "; Needle reads at most " + megabytes(VCardLimits.MAX_CARD)
                        + " per card");
            }
            if (property) {
                properties++;
                propertyLine = number;
                propertyLength = 0;
                if (properties > VCardLimits.MAX_PROPERTIES) {
                    throw new InterchangeException(name + ": line " + number + ": the card that starts on line " + cardLine
                            + " has more than " + grouped(VCardLimits.MAX_PROPERTIES) + " properties; Needle reads at most "
                            + grouped(VCardLimits.MAX_PROPERTIES) + " per card");
                }
            }
            propertyLength += end - start;
            if (propertyLength > VCardLimits.MAX_LINE) {
                throw new InterchangeException(name + ": line " + propertyLine + ": a property longer than "
                        + megabytes(VCardLimits.MAX_LINE) + " (after unfolding); Needle reads at most "
                        + megabytes(VCardLimits.MAX_LINE) + " per property");
            }
        }

        private static String megabytes(int characters) {
            return characters / 1_000_000 + " MB";
        }

        private static String grouped(int number) {
            return String.format(java.util.Locale.ROOT, "%,d", number);
        }
    }

    private static int indexOrLength(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static boolean is(String text, int from, int to, String word) {
        return to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
    }
}
