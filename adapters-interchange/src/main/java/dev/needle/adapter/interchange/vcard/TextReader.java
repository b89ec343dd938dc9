package dev.needle.adapter.interchange.vcard;

import java.io.Reader;

/**
 * A string read one character at a time without a lock. The vCard parser asks for every character
 * of a file separately; {@link java.io.StringReader} takes a lock for each, which cost an eighth of
 * reading a 10 000-card file (docs/performance.md). Read on one thread only.
 */
final class TextReader extends Reader {
    private final String text;
    private final int end;
    private int next;

    TextReader(String text) {
        this(text, 0, text.length());
    }

    /** The characters of {@code text} from {@code start} up to (not including) {@code end}. */
    TextReader(String text, int start, int end) {
        this.text = text;
        this.next = start;
        this.end = end;
    }

    @Override
    public int read() {
        return next < end ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= end) {
            return -1;
        }
        int count = Math.min(length, end - next);
        text.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
    }

    @Override
    public void close() {
        // Nothing to release: the text stays with whoever gave it.
    }
}
