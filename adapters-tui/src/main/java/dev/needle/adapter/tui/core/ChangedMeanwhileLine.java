package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.text.SafeText;
import dev.needle.application.port.in.RevertUseCase.Meanwhile;
import dev.needle.domain.English;
import java.util.ArrayList;
import java.util.List;

/**
 * What other sessions changed since the step undo or redo would take, said as one sentence on the
 * message line: "Maria Lopez's role is now …", "the title of "Second need" is now …", "keeping in
 * touch with Ana Lima is now …". Long values are shortened with "…" so the sentence still ends on the line.
 */
final class ChangedMeanwhileLine {
    private static final String START = "Changed in another session since: ";
    /** Where the whole sentence would not fit: the same words but one. */
    private static final String SHORT_START = "Changed in another session: ";
    /** Where that would not fit either, before any value is shortened. */
    private static final String SHORTEST_START = "Changed elsewhere: ";
    /** Fewer columns than this for a value or a name says nothing anyone can read. */
    private static final int LEAST = 6;

    private ChangedMeanwhileLine() {
    }

    static String of(List<Meanwhile> meanwhile, int width) {
        List<String> subjects = meanwhile.stream().map(ChangedMeanwhileLine::subject).toList();
        List<String> values = meanwhile.stream().map(m -> SafeText.clean(m.now().shown())).toList();
        for (String start : List.of(START, SHORT_START, SHORTEST_START)) {
            String whole = sentence(start, subjects, values);
            if (SafeText.width(whole) <= width) {
                return whole;
            }
        }
        List<String> blank = subjects.stream().map(s -> "").toList();
        List<String> shortValues = fitted(values, width - SafeText.width(sentence(SHORTEST_START, subjects, blank)));
        if (shortValues != null) {
            return sentence(SHORTEST_START, subjects, shortValues);
        }
        // Names too long as well: both share what the words around them leave.
        int room = width - SafeText.width(sentence(SHORTEST_START, blank, blank));
        List<String> shortSubjects = fitted(subjects, room / 2);
        List<String> shorterValues = fitted(values, room - room / 2);
        if (shortSubjects != null && shorterValues != null) {
            return sentence(SHORTEST_START, shortSubjects, shorterValues);
        }
        return "Another session changed " + English.count(meanwhile.size(), "value") + " since.";
    }

    /** Who or what changed, as the sentence's subject: a name takes "'s", a phrase takes "the … of". */
    private static String subject(Meanwhile m) {
        String field = m.now().field();
        String record = SafeText.clean(m.record());
        if (field.isEmpty()) {
            return record;
        }
        return record.startsWith("\"") || record.startsWith("the ") ? "the " + field + " of " + record
                : record + "'s " + field;
    }

    private static String sentence(String start, List<String> subjects, List<String> values) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            clauses.add(subjects.get(i) + " is now \"" + values.get(i) + "\"");
        }
        return start + String.join("; ", clauses) + ".";
    }

    /**
     * The texts cut with "…" to fit {@code room} columns together, the short ones kept whole and what
     * they leave shared among the long; null when a share would be too small to read.
     */
    private static List<String> fitted(List<String> texts, int room) {
        List<String> out = new ArrayList<>(texts);
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            longOnes.add(i);
        }
        int left = room;
        boolean settled = false;
        while (!settled && !longOnes.isEmpty()) {
            int share = left / longOnes.size();
            settled = true;
            for (int i : List.copyOf(longOnes)) {
                int w = SafeText.width(texts.get(i));
                if (w <= share) {
                    left -= w;
                    longOnes.remove(Integer.valueOf(i));
                    settled = false;
                }
            }
        }
        if (longOnes.isEmpty()) {
            return out;
        }
        int share = left / longOnes.size();
        if (share < LEAST) {
            return null;
        }
        longOnes.forEach(i -> out.set(i, SafeText.clip(texts.get(i), share)));
        return out;
    }
}
