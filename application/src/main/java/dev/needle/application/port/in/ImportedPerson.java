package dev.needle.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One person as a file described them, before Needle decides whether they are new: whatever the
 * reader found, blank where the file said nothing. {@code record} counts records from 1 in the file
 * and {@code line} is where the record starts, so a report can point at it. Foreign fields are the
 * file's own lines for what Needle has no field for, kept to be written back on export.
 */
public record ImportedPerson(int record, int line, String name, String company, String role, List<String> emails,
                             List<String> phones, List<String> urls, List<String> tags, String notes,
                             Optional<LocalDate> connectedOn, List<String> foreignFields) {
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
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
