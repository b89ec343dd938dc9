package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BEGIN/END skeleton of a vCard file, checked before parsing: where each top-level card starts
 * (for the report), and the structural faults a lenient parser would pass over without a word.
 */
final class CardOutline {
    private CardOutline() {
    }

    static List<Integer> startLines(String name, String text) {
        List<Integer> starts = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int depth = 0;
        int openedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toUpperCase(Locale.ROOT);
            int number = i + 1;
            if (line.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(number);
                    openedAt = number;
                }
                depth++;
            } else if (line.equals("END:VCARD")) {
                if (depth == 0) {
                    throw new InterchangeException(name + ": line " + number + ": END:VCARD without a BEGIN:VCARD");
                }
                depth--;
            } else if (depth == 0 && !line.isEmpty()) {
                throw new InterchangeException(name + ": line " + number + ": text outside any BEGIN:VCARD ... END:VCARD");
            }
        }
        if (depth > 0) {
            throw new InterchangeException(name + ": line " + openedAt + ": this card has no END:VCARD (file cut short?)");
        }
        return starts;
    }
}
