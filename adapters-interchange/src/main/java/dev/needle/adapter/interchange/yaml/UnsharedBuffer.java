package dev.needle.adapter.interchange.yaml;

import java.io.IOException;
import java.io.Writer;

/**
 * A write buffer for one thread: the YAML writer makes several small writes per value, and
 * {@link java.io.BufferedWriter} takes a lock on every one of them (a tenth of a large export's time).
 * Passes full buffers, and everything on {@link #flush}, to the writer it wraps; closing only flushes,
 * because the caller owns that writer.
 */
final class UnsharedBuffer extends Writer {
    private final Writer target;
    private final char[] buffer = new char[1 << 14];
    private int used;

    UnsharedBuffer(Writer target) {
        this.target = target;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                target.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                target.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            target.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
