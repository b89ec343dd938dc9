package dev.needle.adapter.interchange.outlook;

import dev.needle.adapter.interchange.csv.ContactsCsv;
import dev.needle.adapter.interchange.csv.CsvReachLabels;
import dev.needle.adapter.interchange.csv.CsvTable;
import dev.needle.adapter.interchange.csv.OutlookHeader;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.adapter.interchange.csv.CsvExtras;
import dev.needle.adapter.interchange.vcard.KeptAsVCard;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Stream;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import java.util.List;
import java.util.Optional;

/**
 * Reads Outlook's contacts CSV by its header, whichever program wrote it and in whatever column order.
 * The whole mapping from Outlook's columns to a person is {@link #person}: the name parts (Title,
 * First, Middle, Last Name, Suffix) and which phone column a number came from (its kinds) are read there.
 */
public final class OutlookContactsReader extends ContactsCsv {
    /** Outlook's phone columns, the ones people use most first. */
    private static final List<String> PHONES = List.of("Primary Phone", "Mobile Phone", "Business Phone",
            "Business Phone 2", "Home Phone", "Home Phone 2", "Company Main Phone", "Other Phone", "Car Phone",
            "Assistant's Phone", "Callback", "Radio Phone", "ISDN", "TTY/TDD Phone", "Pager", "Business Fax",
            "Home Fax", "Other Fax", "Telex");
    private static final List<String> EMAILS = List.of("E-mail Address", "E-mail 2 Address", "E-mail 3 Address");
    private static final List<String> WEB_PAGES = List.of("Web Page", "Personal Web Page");

    @Override
    protected String format() {
        return "Outlook's contacts CSV";
    }

    @Override
    protected boolean isHeader(List<String> cells) {
        return OutlookHeader.is(cells);
    }

    @Override
    protected String headerHint() {
        return "First Name,Middle Name,Last Name,…,E-mail Address,…";
    }

    @Override
    protected ImportedPerson person(CsvTable table, CsvTable.Row row) {
        return new ImportedPerson(row.record(), row.line(), joined(row, "First Name", "Middle Name", "Last Name"),
                row.cell("Company"), row.cell("Job Title"), emails(table, row), valuesOf(table, row, PHONES),
                valuesOf(table, row, WEB_PAGES), List.of(), row.cell("Notes"), Optional.empty(), kept(row), "",
                // Outlook keeps the name's parts in columns of their own: kept, never guessed.
                new PersonName(row.cell("Title"), row.cell("First Name"), row.cell("Middle Name"), row.cell("Last Name"),
                        row.cell("Suffix")),
                categories(row), phoneLabels(table, row), NeedleFields.NONE, List.of());
    }

    /** Outlook's categories, one cell joined by semicolons. */
    private static List<String> categories(CsvTable.Row row) {
        return Arrays.stream(row.cell("Categories").split(";")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * A nickname, the birthday and the addresses, kept as vCard lines: Outlook.com writes each address as
     * one text ("Home Address"), the desktop wizard in parts ("Home Street", "Home City", …).
     */
    private static List<String> kept(CsvTable.Row row) {
        List<VCardProperty> kept = new ArrayList<>();
        CsvExtras.nickname(row.cell("Nickname")).ifPresent(kept::add);
        CsvExtras.birthday(row.cell("Birthday")).ifPresent(kept::add);
        for (String[] place : new String[][] {{"Home", "home"}, {"Business", "work"}, {"Other", ""}}) {
            String p = place[0] + " ";
            String street = String.join("\n", Stream.of(row.cell(p + "Street"), row.cell(p + "Street 2"),
                    row.cell(p + "Street 3")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            CsvExtras.address(place[1], row.cell(p + "Address"), street, row.cell(p + "City"), row.cell(p + "State"),
                    row.cell(p + "Postal Code"), row.cell(p + "Country/Region")).ifPresent(kept::add);
        }
        return KeptAsVCard.of(kept);
    }

    /** Outlook's phone columns say what the number is; the mapping to vCard kinds is in {@link CsvReachLabels}. */
    private static ReachLabels phoneLabels(CsvTable table, CsvTable.Row row) {
        CsvReachLabels labels = new CsvReachLabels();
        PHONES.stream().filter(table::has).forEach(column -> labels.outlook(valuesOf(table, row, List.of(column)),
                column));
        return labels.labels();
    }

    /**
     * An address of type EX is an Exchange directory entry (/o=…/cn=…), not somewhere mail can be sent:
     * it is left out rather than refusing the person for a bad email address.
     */
    private static List<String> emails(CsvTable table, CsvTable.Row row) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < EMAILS.size(); i++) {
            String type = i == 0 ? "E-mail Type" : "E-mail " + (i + 1) + " Type";
            if (table.has(EMAILS.get(i)) && !row.cell(type).strip().equalsIgnoreCase("EX")) {
                emails.addAll(valuesOf(table, row, List.of(EMAILS.get(i))));
            }
        }
        return emails;
    }
}
