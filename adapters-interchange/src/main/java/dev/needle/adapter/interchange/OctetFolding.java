package dev.needle.adapter.interchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Refolds vCard and iCalendar lines at 75 octets, as RFC 6350 and RFC 5545 say, never inside a UTF-8
 * sequence. The libraries fold at 75 characters, so a line of accented or CJK text reached 80 octets
 * and more: this writer sits between them and the file, unfolds what they wrote (CRLF and one space
 * or tab) and folds each content line again by its UTF-8 length. Not for vCard 2.1, whose
 * quoted-printable soft breaks are not folds.
 */
public final class OctetFolding extends Writer {
    /** Octets in a physical line, without its CRLF. */
    public static final int LIMIT = 75;
    private static final String BREAK = "\r\n";

    private final Writer out;
    private final StringBuilder line = new StringBuilder();
    private boolean carriageReturn;
    private boolean lineEnded;

    public OctetFolding(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    private void write(char c) throws IOException {
        if (lineEnded) {
            lineEnded = false;
            if (c == ' ' || c == '\t') {
                return; // a fold the library made: the content line goes on
            }
            emit();
        }
        if (carriageReturn) {
            carriageReturn = false;
            if (c == '\n') {
                lineEnded = true;
                return;
            }
            line.append('\r');
        }
        if (c == '\r') {
            carriageReturn = true;
        } else {
            line.append(c);
        }
    }

    /** Writes the content line folded, then CRLF. */
    private void emit() throws IOException {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > LIMIT) {
                out.write(BREAK);
                out.write(' ');
                octets = 1;
            }
            out.write(Character.toChars(codePoint));
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.write(BREAK);
        line.setLength(0);
    }

    private static int utf8Length(int codePoint) {
        if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return "\uFFFD".getBytes(StandardCharsets.UTF_8).length; // a lone half is written as a replacement
        }
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** Passes on what is written; a content line that may still continue is held back until {@link #finish}. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes the last content line and flushes; the underlying writer stays open. */
    public void finish() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            line.append('\r');
        }
        if (lineEnded || line.length() > 0) {
            lineEnded = false;
            emit();
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
