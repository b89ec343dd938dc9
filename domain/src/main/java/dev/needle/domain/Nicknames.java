package dev.needle.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The nicknames among a contact's foreign fields: a vCard's {@code NICKNAME} lines, which Needle keeps
 * verbatim (as every reader of a card, a Google or an Outlook CSV stores them) rather than in a field of
 * its own. Read here so a search finds "Bob" as khard and abook do.
 */
public final class Nicknames {
    private static final String PROPERTY = "NICKNAME";

    private Nicknames() {
    }

    /**
     * The nicknames of {@code foreignFields}' NICKNAME lines (any group, any parameters), separated by
     * spaces and unescaped; empty when there is none. Only each line's start is looked at before its
     * name is known, so a long kept line (a photo) costs nothing.
     */
    public static String in(List<String> foreignFields) {
        StringBuilder found = null;
        for (String line : foreignFields) {
            int value = valueStart(line);
            if (value < 0) {
                continue;
            }
            if (found == null) {
                found = new StringBuilder();
            } else {
                found.append(' ');
            }
            appendUnescaped(found, line, value);
        }
        return found == null ? "" : found.toString();
    }

    /**
     * The NICKNAME lines among {@code foreignFields}, in order: all that {@link #in} reads of them, so a
     * copy kept only for searching can leave the rest (a photo) behind.
     */
    public static List<String> lines(List<String> foreignFields) {
        List<String> found = new ArrayList<>();
        for (String line : foreignFields) {
            if (valueStart(line) >= 0) {
                found.add(line);
            }
        }
        return found.size() == foreignFields.size() ? foreignFields : List.copyOf(found);
    }

    /** Where a NICKNAME line's value starts, after the first colon outside quotes; -1 for any other line. */
    private static int valueStart(String line) {
        int nameEnd = 0;
        while (nameEnd < line.length() && line.charAt(nameEnd) != ';' && line.charAt(nameEnd) != ':') {
            nameEnd++;
        }
        int nameStart = line.lastIndexOf('.', nameEnd - 1) + 1; // after a group ("item1.")
        if (nameEnd - nameStart != PROPERTY.length() || !line.regionMatches(true, nameStart, PROPERTY, 0, PROPERTY.length())) {
            return -1;
        }
        boolean quoted = false;
        for (int i = nameEnd; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The list's values with their escapes undone and the commas between them as spaces. */
    private static void appendUnescaped(StringBuilder to, String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                to.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                to.append(c == ',' ? ' ' : c);
            }
        }
    }
}
