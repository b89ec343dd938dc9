package dev.needle.adapter.interchange.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A file's text, read from its bytes as often as it is needed rather than held: checked in one pass
 * over its characters, then scanned and mapped by the YAML parser in one pass each.
 */
final class YamlText {
    /**
     * Characters in one line. SnakeYAML's time grows with the square of a line's length (a line of
     * 5 MB took minutes); the longest line Needle writes is a 20,000-character note with every
     * character escaped, about 240,000.
     */
    static final int MAX_LINE = 500_000;

    /** Opens the file's bytes anew for each pass. */
    @FunctionalInterface
    interface Bytes {
        InputStream open() throws IOException;
    }

    private final String source;
    private final Bytes bytes;

    YamlText(String source, Bytes bytes) {
        this.source = source;
        this.bytes = bytes;
    }

    String source() {
        return source;
    }

    /** The text from its start. */
    Reader open() {
        try {
            return new Utf8Reader(source, bytes.open());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads all of it once: refuses bytes that are not UTF-8, then a line too long for the parser
     * (in that order, whichever comes first in the file). Returns whether the text is blank.
     */
    boolean checkedIsBlank() {
        boolean blank = true;
        int line = 1;
        int length = 0;
        boolean afterReturn = false;
        int tooLongAt = 0;
        char[] buffer = new char[1 << 14];
        try (Reader reader = open()) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (afterReturn && c != '\n') {
                        line++; // a lone CR ends its line
                    }
                    afterReturn = c == '\r';
                    if (c == '\n' || c == '\r') {
                        if (length > MAX_LINE && tooLongAt == 0) {
                            tooLongAt = line;
                        }
                        length = 0;
                        if (c == '\n') {
                            line++;
                        }
                    } else {
                        length++;
                        blank = blank && Character.isWhitespace(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (length > MAX_LINE && tooLongAt == 0) {
            tooLongAt = line;
        }
        if (!blank && tooLongAt > 0) {
            throw new YamlFileException(source, tooLongAt, "a line longer than "
                    + String.format(Locale.ROOT, "%,d", MAX_LINE) + " characters; Needle's files never hold one that long");
        }
        return blank;
    }
}
