package dev.needle.adapter.interchange.vcard;

import java.util.Locale;

/**
 * Finds the line a property of one card starts on, for a remark in the import report: the parser
 * keeps no line numbers per property, so the card's own lines are searched from where it starts.
 */
final class CardLines {
    private final String text;
    private final int firstLine;
    private String[] lines;

    /** Split only when a remark needs a line: most files have none, and a file may be 50 MB. */
    CardLines(String text) {
        this(text, 1);
    }

    /** The text of a part of a file, whose first line is numbered {@code firstLine}. */
    CardLines(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
    }

    /** No text to search: every property is said to be on its card's first line. */
    static CardLines none() {
        return new CardLines("");
    }

    /**
     * The first line from {@code cardLine} on that starts property {@code name} (a group prefix such
     * as {@code item1.} allowed) and holds {@code value}; when none holds it as written (quoted-printable),
     * the {@code occurrence}-th (from 0) with the name; {@code cardLine} when there is none at all.
     */
    int of(int cardLine, String name, String value) {
        return of(cardLine, name, value, 0);
    }

    int of(int cardLine, String name, String value, int occurrence) {
        if (lines == null) {
            lines = text.split("\r\n|\r|\n", -1);
        }
        String wanted = name.toUpperCase(Locale.ROOT);
        String probe = value == null ? "" : value.strip();
        probe = probe.length() > 12 ? probe.substring(0, 12) : probe;
        int named = 0;
        int nth = 0;
        for (int i = Math.max(0, cardLine - firstLine); i < lines.length; i++) {
            String line = lines[i].toUpperCase(Locale.ROOT);
            if (line.startsWith("END:VCARD")) {
                break;
            }
            int dot = line.indexOf('.');
            int colon = line.indexOf(':');
            String head = dot >= 0 && (colon < 0 || dot < colon) ? line.substring(dot + 1) : line;
            if (head.startsWith(wanted + ":") || head.startsWith(wanted + ";")) {
                if (named == occurrence || nth == 0) {
                    nth = i + firstLine;
                }
                named++;
                if (lines[i].contains(probe)) {
                    return i + firstLine;
                }
            }
        }
        return nth > 0 ? nth : cardLine;
    }
}
