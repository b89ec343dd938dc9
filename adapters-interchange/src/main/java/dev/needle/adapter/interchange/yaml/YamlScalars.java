package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.PrintableText;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * How one text is written as a YAML scalar that reads back (through Jackson's YAML parser, YAML 1.1
 * rules) as exactly the same text: plain when nothing in it could be read as anything else, a literal
 * block for simple multi-line text, double-quoted with escapes otherwise. The rules are deliberately
 * stricter than YAML needs: a needless pair of quotes costs nothing, a wrong plain scalar loses data.
 */
final class YamlScalars {
    /** Plain words a YAML 1.1 reader turns into a boolean or null instead of text. */
    private static final Set<String> RESERVED = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n");

    private static final String SPACES = " ".repeat(32);

    private YamlScalars() {
    }

    /** Writes {@code text} as a single-line scalar: plain or double-quoted (for keys and short values). */
    static void writeInline(String text, Writer out) throws IOException {
        if (isPlain(text)) {
            out.write(text);
        } else {
            writeDoubleQuoted(text, out);
        }
    }

    /** True when {@code text} can be written without quotes and reads back unchanged, as text. */
    static boolean isPlain(String text) {
        int length = text.length();
        if (length == 0 || !safeStart(text) || text.charAt(length - 1) == ' ' || text.charAt(length - 1) == ':') {
            return false;
        }
        // The reserved words are at most five letters: longer texts skip the lower-casing copy.
        if (length <= 5 && RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x7F) {
                // ": " starts a value and " #" a comment; a tab or a control character must be escaped.
                if (c < ' ' || (c == ':' && text.charAt(i + 1) == ' ') || (c == '#' && text.charAt(i - 1) == ' ')) {
                    return false;
                }
            } else if (!printableOutsideAscii(text, i)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                i++; // the pair was checked as one code point
            }
        }
        return true;
    }

    /**
     * Letters and most non-ASCII characters may start a plain scalar; digits, signs and dots only in a
     * date (anything else starting so may read as a number), and no YAML indicator (- ? : , [ ] { } # & *
     * ! | > ' " % @ `) or space ever.
     */
    private static boolean safeStart(String text) {
        char first = text.charAt(0);
        if (first >= '0' && first <= '9') {
            return isDate(text);
        }
        if (first < 0x7F) {
            return (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '(' || first == '_'
                    || first == '/' || first == '$';
        }
        return printableOutsideAscii(text, 0);
    }

    /**
     * Dates and date-times are the only texts starting with a digit left plain: Jackson reads them back as
     * text (it resolves no timestamps), and people read them. True for {@code yyyy-MM-dd}, optionally
     * followed by {@code THH:mm}, {@code :ss} and a fraction of one to nine digits, digits being ASCII.
     * Checked by hand rather than by a regular expression: a large export has hundreds of thousands of dates.
     */
    static boolean isDate(String text) {
        int length = text.length();
        if (length < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2)) {
            return false;
        }
        if (length == 10) {
            return true;
        }
        if (length < 16 || text.charAt(10) != 'T' || !digits(text, 11, 2) || text.charAt(13) != ':' || !digits(text, 14, 2)) {
            return false;
        }
        if (length == 16) {
            return true;
        }
        if (length < 19 || text.charAt(16) != ':' || !digits(text, 17, 2)) {
            return false;
        }
        return length == 19 || (length >= 21 && length <= 29 && text.charAt(19) == '.' && digits(text, 20, length - 20));
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character at {@code i} (a code point ≥ 0x7F, a surrogate pair counted whole) is one
     * a YAML reader takes as an ordinary printable character and Needle writes raw: not C1 controls or
     * DEL, not the line separators U+0085, U+2028, U+2029, not a bidi control or other format character
     * (the byte-order mark among them), not U+FFFE/U+FFFF, not a lone surrogate.
     */
    private static boolean printableOutsideAscii(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        // Bidi controls and other invisible format characters are printable to YAML but would reach
        // the terminal of whoever reads the file: written as escapes, so the data is kept.
        return c >= 0xA0 && c != 0xFFFE && c != 0xFFFF && !PrintableText.mustEscape(c);
    }

    /**
     * True when {@code text} has several lines and reads back unchanged from a literal block ({@code |-}):
     * every character printable (no tab, no carriage return), no space or line break at its start, no
     * line ending in a space, and no line break at its end (which the block's chomping would change).
     */
    static boolean isLiteralBlock(String text) {
        int length = text.length();
        if (length < 2 || text.indexOf('\n') < 0 || text.charAt(0) == ' ' || text.charAt(0) == '\n'
                || text.charAt(length - 1) == '\n' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x7F) {
                if ((c < ' ' && c != '\n') || (c == '\n' && text.charAt(i - 1) == ' ')) {
                    return false;
                }
            } else if (!printableOutsideAscii(text, i)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    /**
     * Writes {@code text} (which {@link #isLiteralBlock} accepted) as a literal block whose lines start at
     * column {@code indent}; the caller has written the key or the dash before it.
     */
    static void writeLiteralBlock(String text, int indent, Writer out) throws IOException {
        out.write(" |-\n");
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            if (end > from) { // an empty line stays empty: no trailing spaces
                spaces(indent, out);
                out.write(text, from, end - from);
            }
            out.write('\n');
            from = end + 1;
        }
    }

    /** Writes {@code text} between double quotes, escaping what a reader would not take literally. */
    static void writeDoubleQuoted(String text, Writer out) throws IOException {
        out.write('"');
        int length = text.length();
        int run = 0; // start of the characters not yet written, which need no escape
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean plainChar = c < 0x7F ? c >= ' ' && c != '"' && c != '\\' : printableOutsideAscii(text, i);
            if (plainChar) {
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
                continue;
            }
            out.write(text, run, i - run);
            run = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\t' -> out.write("\\t");
                case '\r' -> out.write("\\r");
                default -> out.write(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        out.write(text, run, length - run);
        out.write('"');
    }

    /** An indentation in one write: one call per space cost a quarter of the writing time. */
    static void spaces(int count, Writer out) throws IOException {
        for (int left = count; left > 0; left -= SPACES.length()) {
            out.write(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }
}
