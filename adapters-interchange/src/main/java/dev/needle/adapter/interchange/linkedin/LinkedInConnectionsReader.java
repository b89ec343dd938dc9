package dev.needle.adapter.interchange.linkedin;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabels;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads LinkedIn's Connections.csv: skips the free-text notes LinkedIn puts above the table, finds the
 * header by its column names, and turns each row into a person keyed on the profile URL. Rows with
 * neither a name nor a URL are passed on blank so the import counts them as skipped.
 */
public final class LinkedInConnectionsReader {
    static final List<String> COLUMNS =
            List.of("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
        Header header = header(name, text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int record = 0;
        // The parser reads the text from the header on, in place: no copy of a large file line by line.
        StringReader table = new StringReader(text);
        try (CSVParser parser = CSVParser.parse(skip(table, header.offset()), format)) {
            // A record's line is counted from where it starts in the text, so blank lines skipped
            // before it and line breaks inside quoted cells are counted too. The parser places a
            // record after the previous one's line end, before any blank lines it then skips.
            Lines lines = new Lines(text, header.offset(), header.line() + 1);
            for (CSVRecord row : parser) {
                int line = lines.ofRecordAt(header.offset() + (int) row.getCharacterPosition());
                each.accept(person(name, row, ++record, line));
            }
        } catch (InterchangeException refused) {
            throw refused;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw new InterchangeException(name + ": " + CsvTrouble.describe(broken, header.line()), broken);
        }
    }

    /**
     * One-based line numbers of positions in the text, asked in increasing order: each question walks
     * on from the last answer, so numbering a whole table reads it once. CR LF, CR and LF each end a line.
     */
    private static final class Lines {
        private final String text;
        private int position;
        private int line;

        Lines(String text, int position, int line) {
            this.text = text;
            this.position = position;
            this.line = line;
        }

        /** The line of the first character at or after {@code start} that is not a line break (blank lines skipped). */
        int ofRecordAt(int start) {
            int target = start;
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            return at(target);
        }

        private int at(int target) {
            for (; position < target && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && !text.startsWith("\n", position + 1))) {
                    line++;
                }
            }
            return line;
        }
    }

    /** Where the header starts: its zero-based line and its offset in the text. */
    private record Header(int line, int offset) {
    }

    /**
     * The first line whose cells are LinkedIn's column names. Lines end at CR LF, CR or LF; only the
     * preamble's few lines are looked at, never the whole table.
     */
    private static Header header(String name, String text) {
        int line = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String cells = text.substring(start, end).strip();
            if (cells.regionMatches(true, 0, "First Name", 0, "First Name".length())) {
                checkColumns(name, line, cells);
                return new Header(line, start);
            }
            if (end == text.length()) {
                break;
            }
            start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
        }
        throw new InterchangeException(name + ": no header line " + String.join(",", COLUMNS)
                + " found; is this LinkedIn's Connections.csv?");
    }

    private static void checkColumns(String name, int line, String header) {
        List<String> cells = List.of(header.split(",", -1)).stream().map(String::strip).toList();
        for (String column : COLUMNS) {
            if (cells.stream().noneMatch(column::equalsIgnoreCase)) {
                throw new InterchangeException(name + ": line " + (line + 1) + ": wrong header, no \"" + column
                        + "\" column; expected " + String.join(",", COLUMNS));
            }
        }
    }

    private static Reader skip(StringReader reader, int chars) throws IOException {
        long skipped = reader.skip(chars);
        if (skipped != chars) {
            throw new IllegalStateException("the header is past the end of the text");
        }
        return reader;
    }

    private static ImportedPerson person(String name, CSVRecord row, int record, int line) {
        if (!row.isConsistent()) {
            throw new InterchangeException(name + ": line " + line + " (record " + record + "): "
                    + row.size() + " cells where the header has " + COLUMNS.size());
        }
        String fullName = (cell(row, "First Name") + " " + cell(row, "Last Name")).strip();
        // First and last name come apart: kept as the name's parts, never guessed from the full name.
        return new ImportedPerson(record, line, fullName, cell(row, "Company"), cell(row, "Position"),
                listOf(cell(row, "Email Address")), List.of(), listOf(cell(row, "URL")), List.of(), "",
                connectedOn(name, cell(row, "Connected On"), record, line), List.of(), "",
                PersonName.ofGivenAndFamily(cell(row, "First Name"), cell(row, "Last Name")), List.of(),
                ReachLabels.NONE, NeedleFields.NONE, List.of());
    }

    private static Optional<LocalDate> connectedOn(String name, String text, int record, int line) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, CONNECTED_ON));
        } catch (DateTimeParseException wrong) {
            throw new InterchangeException(name + ": line " + line + " (record " + record + "): \"Connected On\" is \""
                    + clipped(text) + "\", expected a date like 05 Oct 2020");
        }
    }

    /** A cell quoted in a message: enough to recognise it, not a whole page of a damaged file. */
    private static String clipped(String text) {
        return text.codePointCount(0, text.length()) <= 60 ? text : text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
    }

    private static String cell(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    private static List<String> listOf(String value) {
        return value.isBlank() ? List.of() : List.of(value);
    }
}
