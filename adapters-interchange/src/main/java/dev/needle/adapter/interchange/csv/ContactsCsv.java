package dev.needle.adapter.interchange.csv;

import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.ImportedPerson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The course every header-driven contacts CSV reader shares: decode the file, find the header,
 * check it, and map each row to a person through the format's own mapping (one place per format).
 */
public abstract class ContactsCsv {
    /** Google writes several values of one kind into one cell, joined by this. */
    private static final String GOOGLE_VALUE_SEPARATOR = " ::: ";

    /** What the format is called in messages ("Google Contacts' CSV"). */
    protected abstract String format();

    /** Whether a line's cells are this format's header. */
    protected abstract boolean isHeader(List<String> cells);

    /** What a header of this format looks like, for the message when none is found. */
    protected abstract String headerHint();

    /** The person one row describes. */
    protected abstract ImportedPerson person(CsvTable table, CsvTable.Row row);

    public final List<ImportedPerson> read(Path file) {
        List<ImportedPerson> people = new ArrayList<>();
        read(file, people::add);
        return people;
    }

    /**
     * Hands each person on as soon as its row is read; a bad row throws when it is reached, after the
     * rows before it: whoever takes them must not store anything before the end.
     */
    public final void read(Path file, Consumer<ImportedPerson> each) {
        read(file.toString(), TextFile.read(file), each);
    }

    public final List<ImportedPerson> read(String name, byte[] bytes) {
        List<ImportedPerson> people = new ArrayList<>();
        read(name, TextFile.decode(name, bytes), people::add);
        return people;
    }

    private void read(String name, String text, Consumer<ImportedPerson> each) {
        CsvTable table = CsvTable.open(name, text, format(), this::isHeader,
                () -> "no header line like " + headerHint() + " found; is this " + format() + "?"
                        + CsvKinds.otherwise(text).map(kind -> " It looks like " + kind).orElse(""));
        table.forEachRow(row -> {
            row.requireConsistent();
            each.accept(person(table, row));
        });
    }

    /** The values of every column whose name matches, in the header's order, split where Google joins them. */
    protected static List<String> valuesOf(CsvTable table, CsvTable.Row row, Pattern column) {
        List<String> values = new ArrayList<>();
        for (String name : table.header()) {
            if (column.matcher(name).matches()) {
                values.addAll(split(row.cell(name)));
            }
        }
        return values;
    }

    /** The values of the named columns that the header has, in the order given. */
    protected static List<String> valuesOf(CsvTable table, CsvTable.Row row, List<String> columns) {
        List<String> values = new ArrayList<>();
        columns.stream().filter(table::has).forEach(column -> values.addAll(split(row.cell(column))));
        return values;
    }

    /** The first non-blank of the named cells. */
    protected static String first(CsvTable.Row row, String... columns) {
        return Arrays.stream(columns).map(row::cell).map(String::strip).filter(v -> !v.isEmpty()).findFirst()
                .orElse("");
    }

    /** The non-blank cells joined by single spaces: a name from its parts. */
    protected static String joined(CsvTable.Row row, String... columns) {
        return String.join(" ", Arrays.stream(columns).map(row::cell).map(String::strip).filter(v -> !v.isEmpty())
                .toList());
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(Pattern.quote(GOOGLE_VALUE_SEPARATOR))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    /** Whether every named column is in the header (any case). */
    protected static boolean hasAll(List<String> cells, String... columns) {
        return Arrays.stream(columns).allMatch(column -> cells.stream().anyMatch(column::equalsIgnoreCase));
    }

    /** Whether any named column is in the header (any case). */
    protected static boolean hasAny(List<String> cells, String... columns) {
        return Arrays.stream(columns).anyMatch(column -> cells.stream().anyMatch(column::equalsIgnoreCase));
    }

}
