package dev.needle.app;

import dev.needle.domain.PrintableText;

/**
 * The command line's side of {@link PrintableText}, the one rule for text from outside on every
 * output: escape sequences, controls and bidi overrides never reach the terminal raw. Newlines
 * survive only where {@link #block} is asked for.
 */
final class Printable {
    private Printable() {
    }

    /** One line: line breaks and tabs become spaces, controls and escape sequences are removed. */
    static String clean(String text) {
        return PrintableText.line(text);
    }

    /** Several lines, each cleaned, each prefixed with {@code indent}. */
    static String block(String text, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : PrintableText.lines(text).split("\n", -1)) {
            out.append(out.length() == 0 ? "" : System.lineSeparator()).append(indent).append(line);
        }
        return out.toString();
    }
}
