package dev.needle.adapter.interchange.yaml;

/** A YAML file that cannot be read as Needle's format; the message names the file, the line and what to fix. */
public final class YamlFileException extends RuntimeException {
    private final int line;

    YamlFileException(String source, int line, String problem) {
        // A key quoted from the file may hold a line break ("a\nb" is a valid key); the message stays one line.
        super((source + (line > 0 ? ", line " + line : "") + ": " + problem).replaceAll("\\R", " "));
        this.line = line;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
