package dev.needle.app;

/**
 * Text that came from outside (imports, notes) made safe for a terminal: control characters and the
 * escape that starts terminal sequences become a visible placeholder, never raw bytes. Newlines
 * survive only where {@link #block} is asked for.
 */
final class Printable {
    static final char PLACEHOLDER = '\uFFFD';

    private Printable() {
    }

    /** One line: line breaks become spaces, other control characters the placeholder. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(PLACEHOLDER);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Several lines, each cleaned, each prefixed with {@code indent}. */
    static String block(String text, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            out.append(out.length() == 0 ? "" : System.lineSeparator()).append(indent).append(clean(line));
        }
        return out.toString();
    }
}
