package dev.needle.app.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A client's keys as they arrive, with the time of the last one: a session nobody types in is ended by
 * Needle itself, which can still give the client its screen back, rather than by the SSH server's own
 * idle timeout, which closes the connection first.
 */
final class KeyClock extends FilterInputStream {
    private volatile long lastKey = System.nanoTime();

    KeyClock(InputStream keys) {
        super(keys);
    }

    @Override
    public int read() throws IOException {
        int key = super.read();
        if (key >= 0) {
            lastKey = System.nanoTime();
        }
        return key;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        int read = super.read(into, offset, length);
        if (read > 0) {
            lastKey = System.nanoTime();
        }
        return read;
    }

    /** Whether no key came for {@code limit} (since the session started, when none came at all). */
    boolean quietFor(Duration limit) {
        return System.nanoTime() - lastKey >= limit.toNanos();
    }
}
