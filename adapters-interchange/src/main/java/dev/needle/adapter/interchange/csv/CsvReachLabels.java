package dev.needle.adapter.interchange.csv;

import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a contacts CSV says about a phone number or email address into vCard kinds, so a label
 * read from Google or Outlook is written back as TYPE on export. Google's label words map as: Mobile
 * → cell, Work → work, Home → home, Fax → fax ("Work Fax" → work, fax), Pager → pager; a leading "* "
 * marks the primary one (preference 1); Other, Main and custom labels carry no vCard kind and are left
 * out. Outlook's phone columns map as listed in {@link #outlookPhone}.
 */
public final class CsvReachLabels {
    private static final Map<String, String> GOOGLE_WORDS = Map.of("mobile", "cell", "cell", "cell", "work",
            "work", "home", "home", "fax", "fax", "pager", "pager");

    private final Map<String, ReachLabel> labels = new LinkedHashMap<>();

    /** Labels every value of a cell with Google's label text (values joined by " ::: " share it). */
    public void google(List<String> addresses, String labelText) {
        String text = labelText == null ? "" : labelText.strip();
        int preference = text.startsWith("*") ? 1 : 0;
        List<String> kinds = new ArrayList<>();
        for (String word : text.replace("*", " ").toLowerCase(Locale.ROOT).split("\\s+")) {
            String kind = GOOGLE_WORDS.get(word);
            if (kind != null && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        addresses.forEach(address -> add(address, new ReachLabel(kinds, preference)));
    }

    /** Labels the numbers of one Outlook phone column by what the column is. */
    public void outlook(List<String> numbers, String column) {
        ReachLabel label = outlookPhone(column);
        numbers.forEach(number -> add(number, label));
    }

    /**
     * Primary Phone → preferred; Mobile Phone → cell; Business Phone (2), Company Main Phone → work;
     * Home Phone (2) → home; Business Fax → work, fax; Home Fax → home, fax; Other Fax → fax; Pager →
     * pager; Car Phone → car; ISDN → isdn; TTY/TDD Phone → textphone; the rest carry no kind.
     */
    static ReachLabel outlookPhone(String column) {
        return switch (column) {
            case "Primary Phone" -> new ReachLabel(List.of(), 1);
            case "Mobile Phone" -> new ReachLabel(List.of("cell"), 0);
            case "Business Phone", "Business Phone 2", "Company Main Phone" -> new ReachLabel(List.of("work"), 0);
            case "Home Phone", "Home Phone 2" -> new ReachLabel(List.of("home"), 0);
            case "Business Fax" -> new ReachLabel(List.of("work", "fax"), 0);
            case "Home Fax" -> new ReachLabel(List.of("home", "fax"), 0);
            case "Other Fax" -> new ReachLabel(List.of("fax"), 0);
            case "Pager" -> new ReachLabel(List.of("pager"), 0);
            case "Car Phone" -> new ReachLabel(List.of("car"), 0);
            case "ISDN" -> new ReachLabel(List.of("isdn"), 0);
            case "TTY/TDD Phone" -> new ReachLabel(List.of("textphone"), 0);
            default -> ReachLabel.NONE;
        };
    }

    /** A number given in two columns (Primary and Mobile) keeps both columns' kinds and the best preference. */
    private void add(String address, ReachLabel label) {
        labels.merge(address.strip(), label, (old, more) -> {
            List<String> kinds = new ArrayList<>(old.types());
            more.types().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
            int preference = old.preference() == 0 ? more.preference()
                    : more.preference() == 0 ? old.preference() : Math.min(old.preference(), more.preference());
            return new ReachLabel(kinds, preference);
        });
    }

    public ReachLabels labels() {
        return new ReachLabels(labels);
    }
}
