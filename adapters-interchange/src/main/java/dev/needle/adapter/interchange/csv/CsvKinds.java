package dev.needle.adapter.interchange.csv;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which contacts export a file looks like, so a file given to the wrong importer is answered with the
 * command that reads it rather than only "wrong header".
 */
public final class CsvKinds {
    private record Kind(String words, Predicate<List<String>> header) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Google Contacts' CSV: try needle import google", GoogleHeader::is),
            new Kind("Outlook's contacts CSV: try needle import outlook", OutlookHeader::is),
            new Kind("LinkedIn's Connections.csv: try needle import linkedin",
                    cells -> !cells.isEmpty() && cells.get(0).equalsIgnoreCase("First Name")
                            && ContactsCsv.hasAll(cells, "Last Name", "Connected On")));

    private CsvKinds() {
    }

    /** "It looks like …" in words, when the text has another known export's header. */
    public static Optional<String> otherwise(String text) {
        for (Kind kind : KINDS) {
            try {
                CsvTable.open("", text, "", kind.header(), () -> "");
                return Optional.of(kind.words());
            } catch (RuntimeException notThisKind) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
