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
     */
    static List<Integer> startLines(String name, String text) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        int openedAt = 0;
        int number = 0;
        int length = text.length();
        for (int start = 0; start <= length; ) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
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
                if (depth == 0) {
                    starts.add(number);
                    openedAt = number;
                }
                depth++;
            } else if (is(text, from, to, "END:VCARD")) {
                if (depth == 0) {
                    throw new InterchangeException(name + ": line " + number + ": END:VCARD without a BEGIN:VCARD");
                }
                depth--;
            } else if (depth == 0 && from < to) {
                throw new InterchangeException(name + ": line " + number + ": text outside any BEGIN:VCARD ... END:VCARD");
            }
            if (end == length) {
                break;
            }
            start = text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        if (depth > 0) {
            throw new InterchangeException(name + ": line " + openedAt + ": this card has no END:VCARD (file cut short?)");
        }
        return starts;
    }

    private static boolean is(String text, int from, int to, String word) {
        return to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
    }
}
