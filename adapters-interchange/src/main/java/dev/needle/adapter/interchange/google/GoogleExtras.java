package dev.needle.adapter.interchange.google;

import dev.needle.adapter.interchange.csv.CsvExtras;
import dev.needle.adapter.interchange.csv.CsvTable;
import dev.needle.adapter.interchange.vcard.KeptAsVCard;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Google export holds that Needle has no field of its own for, kept as vCard lines: nicknames, birthdays, addresses. */
final class GoogleExtras {
    private static final Pattern ADDRESS_LABEL = Pattern.compile("(?i)Address (\\d+) - (Label|Type)");

    private GoogleExtras() {
    }

    static List<String> vCardLines(CsvTable table, CsvTable.Row row) {
        List<VCardProperty> kept = new ArrayList<>();
        CsvExtras.nickname(row.cell("Nickname")).ifPresent(kept::add);
        CsvExtras.birthday(row.cell("Birthday")).ifPresent(kept::add);
        for (String column : table.header()) {
            Matcher label = ADDRESS_LABEL.matcher(column);
            if (label.matches()) {
                String a = "Address " + label.group(1) + " - ";
                CsvExtras.address(row.cell(column), row.cell(a + "Formatted"), row.cell(a + "Street"),
                        row.cell(a + "City"), row.cell(a + "Region"), row.cell(a + "Postal Code"),
                        row.cell(a + "Country")).ifPresent(kept::add);
            }
        }
        return KeptAsVCard.of(kept);
    }
}
