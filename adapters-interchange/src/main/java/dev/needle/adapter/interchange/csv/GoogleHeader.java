package dev.needle.adapter.interchange.csv;

import java.util.List;

/**
 * Google Contacts' CSV header, in either layout: the older one (Name, Given Name, Additional Name,
 * Family Name, …, E-mail 1 - Type, E-mail 1 - Value, Phone 1 - Type, …) and the one since 2023
 * (First Name, Middle Name, Last Name, …, Organization Name, Labels, E-mail 1 - Label, …).
 */
public final class GoogleHeader {
    private GoogleHeader() {
    }

    public static boolean is(List<String> cells) {
        boolean older = ContactsCsv.hasAll(cells, "Name", "Given Name", "Family Name");
        boolean newer = ContactsCsv.hasAll(cells, "First Name", "Last Name")
                && ContactsCsv.hasAny(cells, "Labels", "Organization Name", "E-mail 1 - Label", "Phone 1 - Label");
        return older || newer;
    }
}
