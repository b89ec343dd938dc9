package dev.needle.adapter.interchange.vcard;

import java.io.Reader;

/**
 * A string read one character at a time without a lock. The vCard parser asks for every character
 * of a file separately; {@link java.io.StringReader} takes a lock for each, which cost an eighth of
 * reading a 10 000-card file (docs/performance.md). Read on one thread only.
 */
final class TextReader extends Reader {
    private final String text;
    private int next;

    TextReader(String text) {
        this.text = text;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - next);
        text.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
    }

    @Override
    public void close() {
        // Nothing to release: the text stays with whoever gave it.
    }
}
