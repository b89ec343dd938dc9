package dev.needle.adapter.interchange.vcard;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A vCard file read in parts of whole top-level cards, each beginning at a {@code BEGIN:VCARD}, so that a file far larger than the heap's
 * share for one string is never held whole: each part is decoded and outlined (strictly, with the
 * file's own line numbers) as it is reached. A file no larger than one part is read in one part,
 * exactly as a whole file was. Read on one thread only.
 */
final class CardParts {
    /**
     * Bytes without a line end after which a part is cut within the line anyway: more than any card
     * Needle reads ({@link VCardLimits#MAX_CARD} characters of up to three bytes each), so the outline
     * refuses what is held by then rather than the heap running out.
     */
    private static final int LONGEST_LINE = 4 * VCardLimits.MAX_CARD;
    /**
     * Bytes asked of the file at a time: a file channel reads through a direct buffer as large as the
     * read, kept for the thread, outside the heap.
     */
    private static final int READ_BYTES = 1 << 20;

    private final String name;
    private final InputStream in;
    private final int partBytes;
    /** Bytes still expected, by the file's size when it was opened: a small file gets a small buffer. */
    private long expected;
    /** Bytes read and not yet in a part: the start of a card a part left open, then what is not decoded. */
    private byte[] pending = new byte[0];
    private int pendingLength;
    /** The line {@link #pending} starts on. */
    private int pendingLine = 1;
    private boolean first = true;
    private boolean ended;
    private boolean anyText;

    /** One part of the file: its text up to {@code starts.end()}, whose first line is {@code firstLine}. */
    record Part(String text, CardOutline.Starts starts, int firstLine) {
    }

    /** {@code expected}: the file's size, as far as known (it only sizes the buffer). */
    CardParts(String name, InputStream in, long expected, int partBytes) {
        this.name = name;
        this.in = in;
        this.expected = expected;
        this.partBytes = partBytes;
    }

    /** Whether any part held more than blanks (a file of blanks is "empty", not "no vCard"). */
    boolean anyText() {
        return anyText;
    }

    /** The next part, or null after the last; a structural fault or bad UTF-8 is refused as it is reached. */
    Part next() throws IOException {
        while (!ended) {
            boolean atEnd = fill();
            int decodable = atEnd ? pendingLength : lastLineEnd();
            if (decodable < 0) {
                if (pendingLength < LONGEST_LINE) {
                    continue;
                }
                decodable = lastCharacterStart();
            }
            String text = decoded(decodable);
            if (first) {
                text = TextFile.withoutByteOrderMark(text);
                first = false;
            }
            if (!anyText && !text.isBlank()) {
                anyText = true;
            }
            boolean last = atEnd && decodable == pendingLength;
            CardOutline.Starts starts = CardOutline.of(name, text, pendingLine, last);
            int partLine = pendingLine;
            if (last) {
                ended = true;
                pending = null;
                return new Part(text, starts, partLine);
            }
            // The last card, whole or not, is read again as the next part's beginning: a card is small beside
            // a part, and the bytes it came from are its own text encoded again (it was strictly decoded).
            byte[] open = text.substring(starts.end()).getBytes(StandardCharsets.UTF_8);
            byte[] rest = new byte[open.length + pendingLength - decodable];
            System.arraycopy(open, 0, rest, 0, open.length);
            System.arraycopy(pending, decodable, rest, open.length, pendingLength - decodable);
            pending = rest;
            pendingLength = rest.length;
            pendingLine = starts.endLine();
            if (starts.end() > 0) {
                return new Part(text, starts, partLine);
            }
        }
        return null;
    }

    /** The pending bytes up to {@code decodable}, strictly decoded; once more after mending folds made inside a character. */
    private String decoded(int decodable) {
        try {
            return TextFile.decodePart(name, pending, 0, decodable, pendingLine);
        } catch (InterchangeException notUtf8) {
            if (!SplitFolds.mend(pending, decodable)) {
                throw notUtf8;
            }
            return TextFile.decodePart(name, pending, 0, decodable, pendingLine);
        }
    }

    /** Reads up to one part's bytes more after what is pending; true when the file ended. */
    private boolean fill() throws IOException {
        // One byte more than expected, so that the end of the file is seen in the same read; a file that
        // grew since it was opened is read on a part at a time.
        int more = expected > 0 ? (int) Math.min(partBytes, expected + 1) : expected == 0 ? 1 : partBytes;
        byte[] buffer = Arrays.copyOf(pending, pendingLength + more);
        int length = pendingLength;
        while (length < buffer.length) {
            int read = in.read(buffer, length, Math.min(buffer.length - length, READ_BYTES));
            if (read < 0) {
                pending = buffer;
                pendingLength = length;
                return true;
            }
            length += read;
            expected -= read;
        }
        pending = buffer;
        pendingLength = length;
        return false;
    }

    /**
     * Where the last whole line of what is pending ends: after its last LF, or after its last CR when it
     * holds no LF (a CR's LF may still be unread); -1 when it holds no line end. A line end is one byte
     * in UTF-8 and never part of another character, so the bytes before it decode on their own.
     */
    private int lastLineEnd() {
        for (int i = pendingLength - 1; i >= 0; i--) {
            if (pending[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = pendingLength - 2; i >= 0; i--) {
            if (pending[i] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Where the last character of what is pending starts (a byte that does not continue one). */
    private int lastCharacterStart() {
        int i = pendingLength - 1;
        while (i > 0 && (pending[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }
}
