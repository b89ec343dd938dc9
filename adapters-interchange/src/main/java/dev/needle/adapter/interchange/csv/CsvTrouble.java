package dev.needle.adapter.interchange.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a person's words what the CSV parser found wrong. Its own messages name its classes and
 * count lines from the header, so the few it gives are recognised and retold with the file's line.
 */
final class CsvTrouble {
    private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated");
    private static final Pattern AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: ([\\d,]+)");

    private CsvTrouble() {
    }

    /**
     * What is wrong, starting with the line where it can be told.
     *
     * @param headerLine the zero-based line of the header, where the parser started counting from 1
     * @param format what the file was read as ("LinkedIn's Connections.csv")
     */
    static String describe(Exception broken, int headerLine, String format, char delimiter) {
        String message = String.valueOf(broken.getMessage());
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            return "line " + fileLine(unclosed.group(1), headerLine) + ": a quoted cell starts here and is never"
                    + " closed (a \" is missing; a \" inside a cell is written \"\")";
        }
        Matcher afterQuote = AFTER_QUOTE.matcher(message);
        if (afterQuote.find()) {
            return "line " + fileLine(afterQuote.group(1), headerLine) + ": text after a quoted cell's closing \""
                    + " (a \" inside a cell is written \"\")";
        }
        return "not readable as " + format + " (read as " + CsvTable.named(delimiter) + "-separated, UTF-8)";
    }

    private static int fileLine(String parserLine, int headerLine) {
        return headerLine + Integer.parseInt(parserLine.replace(",", ""));
    }
}
