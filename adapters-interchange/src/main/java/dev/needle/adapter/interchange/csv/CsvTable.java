package dev.needle.adapter.interchange.csv;

import dev.needle.adapter.interchange.InterchangeException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A contacts export read by its header: the header is the first line whose cells a format recognises
 * (notes a program writes above it are skipped), split at whichever of comma, semicolon or tab makes
 * it one (Excel saves a CSV with semicolons where the decimal comma is usual). Each row then comes
 * with the line it starts on, counted through blank lines and line breaks inside quoted cells.
 */
public final class CsvTable {
    /** Tried in this order; the first that makes the line a header wins. */
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t');
    /** Preambles are a few lines; a file whose header is not among the first hundred is not an export. */
    static final int HEADER_SEARCH_LINES = 100;

    private final String name;
    private final String text;
    private final String format;
    private final int headerLine;
    private final int headerOffset;
    private final char delimiter;
    private final List<String> header;

    private CsvTable(String name, String text, String format, int headerLine, int headerOffset, char delimiter,
                     List<String> header) {
        this.name = name;
        this.text = text;
        this.format = format;
        this.headerLine = headerLine;
        this.headerOffset = headerOffset;
        this.delimiter = delimiter;
        this.header = header;
    }

    /**
     * Finds the header of a {@code format} ("LinkedIn's Connections.csv") in {@code text}.
     *
     * @param isHeader whether a line's cells (stripped) are this format's header
     * @param notFound what to say after the file's name when no line is; asked only then (the hint of
     *                 what else the file looks like reads the text again for every other kind)
     */
    public static CsvTable open(String name, String text, String format, Predicate<List<String>> isHeader,
                                Supplier<String> notFound) {
        int start = 0;
        for (int line = 0; line < HEADER_SEARCH_LINES; line++) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String candidate = text.substring(start, end);
            for (char delimiter : DELIMITERS) {
                Optional<List<String>> cells = cells(candidate, delimiter);
                if (cells.isPresent() && isHeader.test(cells.get())) {
                    return new CsvTable(name, text, format, line, start, delimiter, cells.get());
                }
            }
            if (end == text.length()) {
                break;
            }
            start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
        }
        throw new InterchangeException(name + ": " + notFound.get());
    }

    private static Optional<List<String>> cells(String line, char delimiter) {
        if (line.indexOf(delimiter) < 0) {
            return Optional.empty();
        }
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(records.get(0).stream().map(cell -> cell == null ? "" : cell.strip()).toList());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException notCsv) {
            return Optional.empty();
        }
    }

    /** The header's cells, stripped, in order. */
    public List<String> header() {
        return header;
    }

    /** The header's line, counted from 1. */
    public int headerLine() {
        return headerLine + 1;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Whether the header has this column, whatever its case. */
    public boolean has(String column) {
        return header.stream().anyMatch(column::equalsIgnoreCase);
    }

    /**
     * Hands each row to {@code each} as it is read. A damaged row throws when it is reached, after the
     * rows before it were handed on: whoever takes them must not store anything before the end.
     */
    public void forEachRow(Consumer<Row> each) {
        // Cells are found by their place under the header, read once by open(): the parser needs no
        // header of its own, so a column without a name or named twice refuses nothing.
        CSVFormat table = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        int record = 0;
        boolean headerSkipped = false;
        // The parser reads the text from the header on, in place: no copy of a large file line by line.
        try (CSVParser parser = CSVParser.parse(skip(new StringReader(text), headerOffset), table)) {
            // A record's line is counted from where it starts in the text, so blank lines skipped
            // before it and line breaks inside quoted cells are counted too. The parser places a
            // record after the previous one's line end, before any blank lines it then skips.
            Lines lines = new Lines(text, headerOffset, headerLine + 1);
            for (CSVRecord row : parser) {
                if (!headerSkipped) {
                    headerSkipped = true;
                    continue;
                }
                int line = lines.ofRecordAt(headerOffset + (int) row.getCharacterPosition());
                each.accept(new Row(this, row, ++record, line));
            }
        } catch (InterchangeException refused) {
            throw refused;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw new InterchangeException(name + ": " + CsvTrouble.describe(broken, headerLine, format, delimiter),
                    broken);
        }
    }

    /** All rows at once, for tests and small files. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        forEachRow(rows::add);
        return rows;
    }

    /** One row of the table: its cells by column, the record's number and the line it starts on. */
    public static final class Row {
        private final CsvTable table;
        private final CSVRecord cells;
        private final int record;
        private final int line;

        private Row(CsvTable table, CSVRecord cells, int record, int line) {
            this.table = table;
            this.cells = cells;
            this.record = record;
            this.line = line;
        }

        public int record() {
            return record;
        }

        public int line() {
            return line;
        }

        /** The cell under {@code column} (any case), blank when the header or the row has none. */
        public String cell(String column) {
            for (int i = 0; i < table.header.size() && i < cells.size(); i++) {
                if (table.header.get(i).equalsIgnoreCase(column)) {
                    String value = cells.get(i);
                    return value == null ? "" : value;
                }
            }
            return "";
        }

        /** Whether the row has as many cells as the header (a row cut short or run on is not). */
        public boolean consistent() {
            return cells.size() == table.header.size();
        }

        public int size() {
            return cells.size();
        }

        /** "file: line 5 (record 3)", the start of a message about this row. */
        public String where() {
            return table.name + ": line " + line + " (record " + record + ")";
        }

        /** Refuses a row whose cells do not line up with the header. */
        public void requireConsistent() {
            if (!consistent()) {
                throw new InterchangeException(where() + ": " + size() + " cells where the header has "
                        + table.header.size());
            }
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

    private static Reader skip(StringReader reader, int chars) throws IOException {
        long skipped = reader.skip(chars);
        if (skipped != chars) {
            throw new IllegalStateException("the header is past the end of the text");
        }
        return reader;
    }

    /** A cell quoted in a message: enough to recognise it, not a whole page of a damaged file. */
    public static String clipped(String text) {
        return text.codePointCount(0, text.length()) <= 60 ? text : text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
    }

    /** The delimiter in words, for messages. */
    static String named(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }
}
