package dev.needle.adapter.tui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Does for a raw stream what a tty's ICRNL does: the Enter key arrives as a bare CR from a client in
 * raw mode, and Lanterna only decodes LF (or CR NUL) as Enter. A CR becomes LF, and the LF or NUL some
 * clients send right after a CR is dropped, so one Enter press stays one Enter.
 */
final class CarriageReturnAsEnter extends FilterInputStream {
    private static final int CR = '\r';
    private static final int LF = '\n';
    private boolean afterCr;

    CarriageReturnAsEnter(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int b = super.read();
            if (b < 0) {
                return b;
            }
            Integer mapped = map(b);
            if (mapped != null) {
                return mapped;
            }
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            int count = super.read(buffer, offset, length);
            if (count <= 0) {
                return count;
            }
            int kept = 0;
            for (int i = 0; i < count; i++) {
                Integer mapped = map(buffer[offset + i] & 0xff);
                if (mapped != null) {
                    buffer[offset + kept++] = (byte) (int) mapped;
                }
            }
            if (kept > 0) {
                return kept;
            }
            // Only a swallowed LF/NUL came in: read on rather than report 0 bytes, which means nothing.
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping a terminal's input makes no sense");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The byte to pass on, or null to drop it. */
    private Integer map(int b) {
        boolean previousWasCr = afterCr;
        afterCr = b == CR;
        if (b == CR) {
            return LF;
        }
        if (previousWasCr && (b == LF || b == 0)) {
            return null;
        }
        return b;
    }
}
