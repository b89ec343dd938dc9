package dev.needle.adapter.interchange.csv;

import java.util.List;

/**
 * Outlook's contacts CSV header (as Outlook's export wizard, Outlook.com and Google's "Outlook CSV"
 * write it): First Name, Middle Name, Last Name, …, E-mail Address, E-mail 2 Address, …, in any order.
 */
public final class OutlookHeader {
    private OutlookHeader() {
    }

    public static boolean is(List<String> cells) {
        return ContactsCsv.hasAll(cells, "First Name", "Last Name", "E-mail Address");
    }
}
