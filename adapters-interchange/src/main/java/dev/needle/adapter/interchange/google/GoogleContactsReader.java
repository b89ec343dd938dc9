package dev.needle.adapter.interchange.google;

import dev.needle.adapter.interchange.csv.ContactsCsv;
import dev.needle.adapter.interchange.csv.CsvReachLabels;
import dev.needle.adapter.interchange.csv.CsvTable;
import dev.needle.adapter.interchange.csv.GoogleHeader;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the CSV Google Contacts exports ("Google CSV"), older or newer layout, by its header. The
 * whole mapping from Google's columns to a person is {@link #person}: given, middle and family
 * names and the phone and email types (the "- Type"/"- Label" columns) are read there too.
 */
public final class GoogleContactsReader extends ContactsCsv {
    private static final Pattern EMAILS = Pattern.compile("(?i)E-mail \\d+ - Value");
    private static final Pattern PHONES = Pattern.compile("(?i)Phone \\d+ - Value");
    private static final Pattern WEBSITES = Pattern.compile("(?i)Website \\d+ - Value");

    @Override
    protected String format() {
        return "Google Contacts' CSV";
    }

    @Override
    protected boolean isHeader(List<String> cells) {
        return GoogleHeader.is(cells);
    }

    @Override
    protected String headerHint() {
        return "Name,Given Name,…,Family Name,… or First Name,Middle Name,Last Name,…,Labels,…";
    }

    @Override
    protected ImportedPerson person(CsvTable table, CsvTable.Row row) {
        String name = first(row, "Name");
        if (name.isEmpty()) {
            name = joined(row, "Given Name", "Additional Name", "Family Name");
        }
        if (name.isEmpty()) {
            name = joined(row, "First Name", "Middle Name", "Last Name");
        }
        if (name.isEmpty()) {
            name = first(row, "File As", "Nickname");
        }
        return new ImportedPerson(row.record(), row.line(), name,
                first(row, "Organization 1 - Name", "Organization Name"),
                first(row, "Organization 1 - Title", "Organization Title"),
                valuesOf(table, row, EMAILS), valuesOf(table, row, PHONES), valuesOf(table, row, WEBSITES),
                List.of(), row.cell("Notes"), Optional.empty(), GoogleExtras.vCardLines(table, row), "", nameParts(row),
                categories(table, row), reachLabels(table, row), NeedleFields.NONE, List.of());
    }

    /** "* myContacts ::: Nurses ::: * starred" → Nurses: the labels marked with * are Google's own. */
    private static List<String> categories(CsvTable table, CsvTable.Row row) {
        String column = table.has("Labels") ? "Labels" : "Group Membership";
        return valuesOf(table, row, List.of(column)).stream().filter(label -> !label.startsWith("*")).toList();
    }

    /**
     * Each "E-mail N - Value"/"Phone N - Value" takes the label beside it ("- Type" in the older layout,
     * "- Label" in the newer); the mapping to vCard kinds is in {@link CsvReachLabels}.
     */
    private static ReachLabels reachLabels(CsvTable table, CsvTable.Row row) {
        CsvReachLabels labels = new CsvReachLabels();
        for (String column : table.header()) {
            if (EMAILS.matcher(column).matches() || PHONES.matcher(column).matches()) {
                String prefix = column.substring(0, column.length() - " - Value".length());
                labels.google(valuesOf(table, row, List.of(column)),
                        first(row, prefix + " - Label", prefix + " - Type"));
            }
        }
        return labels.labels();
    }

    /** Google keeps the name's parts in columns of their own (older and newer layouts): kept, never guessed. */
    private static PersonName nameParts(CsvTable.Row row) {
        return new PersonName(first(row, "Name Prefix"), first(row, "Given Name", "First Name"),
                first(row, "Additional Name", "Middle Name"), first(row, "Family Name", "Last Name"),
                first(row, "Name Suffix"));
    }
}
