package dev.needle.application.port.in;

import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person as a file described them, before Needle decides whether they are new: whatever the
 * reader found, blank where the file said nothing. {@code record} counts records from 1 in the file
 * and {@code line} is where the record starts, so a report can point at it. Foreign fields are the
 * file's own lines for what Needle has no field for, kept to be written back on export.
 * {@code tags} become what the person offers. A blank {@code uid} means the file gave none (the
 * contact gets a new one); {@code remarks} say what the reader repaired or set aside in this record
 * (a value that was not valid), for the import report.
 */
public record ImportedPerson(int record, int line, String name, String company, String role, List<String> emails,
                             List<String> phones, List<String> urls, List<String> tags, String notes,
                             Optional<LocalDate> connectedOn, List<String> foreignFields, String uid,
                             PersonName nameParts, List<String> categories, ReachLabels reachLabels,
                             NeedleFields needle, List<String> remarks) {
    /** A person as the importers that know no more than this describe them. */
    public ImportedPerson(int record, int line, String name, String company, String role, List<String> emails,
                          List<String> phones, List<String> urls, List<String> tags, String notes,
                          Optional<LocalDate> connectedOn, List<String> foreignFields) {
        this(record, line, name, company, role, emails, phones, urls, tags, notes, connectedOn, foreignFields, "",
                PersonName.EMPTY, List.of(), ReachLabels.NONE, NeedleFields.NONE, List.of());
    }

    public ImportedPerson {
        name = blankIfNull(name);
        company = blankIfNull(company);
        role = blankIfNull(role);
        emails = listOf(emails);
        phones = listOf(phones);
        urls = listOf(urls);
        tags = listOf(tags);
        notes = blankIfNull(notes);
        connectedOn = connectedOn == null ? Optional.empty() : connectedOn;
        foreignFields = listOf(foreignFields);
        uid = blankIfNull(uid);
        nameParts = nameParts == null ? PersonName.EMPTY : nameParts;
        categories = listOf(categories);
        reachLabels = reachLabels == null ? ReachLabels.NONE : reachLabels;
        needle = needle == null ? NeedleFields.NONE : needle;
        remarks = listOf(remarks);
    }

    /** The same person counted as record {@code number} (several files make one import). */
    public ImportedPerson renumbered(int number) {
        return new ImportedPerson(number, line, name, company, role, emails, phones, urls, tags, notes, connectedOn,
                foreignFields, uid, nameParts, categories, reachLabels, needle, remarks);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Stripped, blanks dropped. A loop, and the list itself when it is already clean and unmodifiable
     * (as when {@link #renumbered} copies a record): an import builds six of these per record.
     */
    private static List<String> listOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        boolean clean = true;
        for (String value : values) {
            clean &= value != null && !value.isEmpty() && !Character.isWhitespace(value.charAt(0))
                    && !Character.isWhitespace(value.charAt(value.length() - 1));
        }
        if (clean) {
            return List.copyOf(values);
        }
        List<String> kept = new ArrayList<>(values.size());
        for (String value : values) {
            String stripped = value == null ? "" : value.strip();
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        return List.copyOf(kept);
    }
}
