package dev.needle.adapter.interchange.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file as strict UTF-8 a buffer at a time, naming the line and byte of the first bad one; a
 * leading BOM is dropped. Decoding a whole backup at once held its bytes and twice as many chars: a
 * backup of 100k contacts with photos (110 MB) did not fit a 512 MB heap.
 */
final class Utf8Reader extends Reader {
    private final String source;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 14).flip();
    private boolean endOfBytes;
    private boolean done;
    private boolean atStart = true;
    /** Bytes decoded so far, and the line they end on: where a bad byte is. */
    private long decoded;
    private int line = 1;

    Utf8Reader(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(into, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !done) {
            int from = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            counted(from, bytes.position());
            if (result.isError()) {
                throw new YamlFileException(source, line, "the file is not UTF-8 (byte " + (decoded + 1)
                        + "); save it as UTF-8 and try again");
            }
            if (result.isUnderflow()) {
                if (endOfBytes) {
                    decoder.flush(chars);
                    done = true;
                } else {
                    refill();
                }
            }
        }
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                return chars.hasRemaining() || fill();
            }
        }
        return chars.hasRemaining();
    }

    private void counted(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                line++;
            }
        }
        decoded += to - from;
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
