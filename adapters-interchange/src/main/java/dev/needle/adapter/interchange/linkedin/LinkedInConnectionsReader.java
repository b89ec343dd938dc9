package dev.needle.adapter.interchange.linkedin;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.adapter.interchange.csv.CsvKinds;
import dev.needle.adapter.interchange.csv.CsvTable;
import dev.needle.adapter.interchange.csv.GoogleHeader;
import dev.needle.adapter.interchange.csv.OutlookHeader;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads LinkedIn's Connections.csv in the layouts LinkedIn has used: today's (with a URL column and
 * dates like 05 Oct 2020, below a few lines of notes) and the older one (no URL column, dates like
 * 1/8/18, 6:14 PM), comma-separated or, once saved again by Excel, semicolon-separated. Each row is a
 * person keyed on the profile URL when there is one. Rows with neither a name nor a URL are passed on
 * blank so the import counts them as skipped.
 */
public final class LinkedInConnectionsReader {
    /** The columns every layout has; today's adds URL after Last Name. */
    static final List<String> COLUMNS =
            List.of("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On");
    static final String FORMAT = "LinkedIn's Connections.csv";
    /** Today's dates, then the older export's (with and without the time) and a four-digit year. */
    private static final List<DateTimeFormatter> CONNECTED_ON = List.of(
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH));

    /** Months as the first layout names them (English, as LinkedIn writes them, case as written). */
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    public List<ImportedPerson> read(Path file) {
        List<ImportedPerson> people = new ArrayList<>();
        read(file, people::add);
        return people;
    }

    /**
     * Hands each person to {@code each} as soon as its row is read, so an import can match while the
     * rest of the file is still being read. A bad row throws when it is reached, after the rows before
     * it have been handed on: whoever takes them must not store anything before the end.
     */
    public void read(Path file, Consumer<ImportedPerson> each) {
        read(file.toString(), TextFile.read(file), each);
    }

    public List<ImportedPerson> read(String name, byte[] bytes) {
        return read(name, TextFile.decode(name, bytes));
    }

    List<ImportedPerson> read(String name, String text) {
        List<ImportedPerson> people = new ArrayList<>();
        read(name, text, people::add);
        return people;
    }

    private void read(String name, String text, Consumer<ImportedPerson> each) {
        // The header is the line that starts with First Name; which columns it must have is checked
        // apart, so a wrong header is told by the column it lacks rather than as "no header".
        CsvTable table = CsvTable.open(name, text, FORMAT,
                cells -> !cells.isEmpty() && cells.get(0).equalsIgnoreCase("First Name") && !OutlookHeader.is(cells)
                        && !GoogleHeader.is(cells),
                () -> "no header line " + String.join(",", COLUMNS) + " found (with or without a URL column after"
                        + " Last Name); is this " + FORMAT + "?"
                        + CsvKinds.otherwise(text).map(kind -> " It looks like " + kind).orElse(""));
        for (String column : COLUMNS) {
            if (!table.has(column)) {
                throw new InterchangeException(name + ": line " + table.headerLine() + ": wrong header, no \"" + column
                        + "\" column; expected " + String.join(",", COLUMNS) + " (URL may follow Last Name)");
            }
        }
        SharedTexts shared = new SharedTexts();
        table.forEachRow(row -> each.accept(person(row, shared)));
    }

    private static ImportedPerson person(CsvTable.Row row, SharedTexts shared) {
        row.requireConsistent();
        String fullName = (row.cell("First Name") + " " + row.cell("Last Name")).strip();
        // First and last name come apart: kept as the name's parts, never guessed from the full name.
        return new ImportedPerson(row.record(), row.line(), fullName, shared.of(row.cell("Company")),
                shared.of(row.cell("Position")),
                listOf(row.cell("Email Address")), List.of(), listOf(row.cell("URL")), List.of(), "",
                connectedOn(row, row.cell("Connected On")), List.of(), "",
                PersonName.ofGivenAndFamily(row.cell("First Name"), row.cell("Last Name")), List.of(),
                ReachLabels.NONE, NeedleFields.NONE, List.of());
    }

    private static Optional<LocalDate> connectedOn(CsvTable.Row row, String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        LocalDate plain = plainDay(text);
        if (plain != null) {
            return Optional.of(plain);
        }
        for (DateTimeFormatter format : CONNECTED_ON) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException notThisOne) {
                // the next layout may fit
            }
        }
        throw new InterchangeException(row.where() + ": \"Connected On\" is \"" + CsvTable.clipped(text)
                + "\", expected a date like 05 Oct 2020 or 1/8/18, 6:14 PM");
    }

    /**
     * Today's layout read by hand ("05 Oct 2020"): the formatter took a ninth of the reading thread's
     * time on a large file. Only a day the first formatter would read the same way is taken (a day the
     * month has: the formatter moves "31 Apr" to the month's end); anything else is left to the formatters.
     */
    static LocalDate plainDay(String text) {
        String date = text.strip();
        int space = date.indexOf(' ');
        if (space < 1 || space > 2 || date.length() != space + 9 || date.charAt(space + 4) != ' ') {
            return null;
        }
        int day = digits(date, 0, space);
        int month = MONTHS.indexOf(date.substring(space + 1, space + 4)) + 1;
        int year = digits(date, space + 5, date.length());
        if (day < 1 || month < 1 || year < 1000 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1 if anything else is there. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * One copy of each company and position: colleagues share them, and every contact an import makes
     * lives to its end, so each cell's own copy was carried by the collector from one generation to
     * the next. Bounded, as a file of all-different companies gains nothing from it.
     */
    private static final class SharedTexts {
        private static final int MOST = 4096;
        private final Map<String, String> seen = new HashMap<>();

        String of(String text) {
            String known = seen.get(text);
            if (known != null) {
                return known;
            }
            if (seen.size() < MOST) {
                seen.put(text, text);
            }
            return text;
        }
    }

    private static List<String> listOf(String value) {
        return value.isBlank() ? List.of() : List.of(value);
    }
}
