package dev.needle.adapter.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file as strict UTF-8: a byte sequence that is not UTF-8 is an error naming its line,
 * never a silent replacement character; a leading byte order mark is accepted and dropped.
 */
public final class TextFile {
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private TextFile() {
    }

    /**
     * Refuses, by name, a file that is missing, a directory or unreadable, without reading it: for a
     * caller that must know before it starts other work (an import opens the database meanwhile).
     */
    public static void requireReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new InterchangeException(file + ": is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new InterchangeException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InterchangeException(file + ": permission denied");
        }
    }

    /** The text of the file; missing, unreadable, a directory or empty are all refused by name. */
    public static String read(Path file) {
        requireReadable(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new InterchangeException(file + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new InterchangeException(file + ": permission denied");
        } catch (IOException | OutOfMemoryError failed) {
            throw new InterchangeException(file + ": cannot read: " + failed.getMessage(), failed);
        }
        return decode(file.toString(), bytes);
    }

    /** Decodes bytes that came from {@code name}; empty or blank text is refused, there is nothing to import. */
    public static String decode(String name, byte[] bytes) {
        // The JDK's own decoding is several times faster than a decoder and copies the text once less,
        // but it puts U+FFFD where a byte sequence is not UTF-8. Only text holding U+FFFD (broken, or
        // holding the character itself) is decoded again strictly, to tell where it is broken.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT) < 0) {
            return checked(name, fast);
        }
        return checked(name, strictly(name, ByteBuffer.wrap(bytes), 1));
    }

    /**
     * Decodes {@code length} bytes from {@code offset}, a part of the file {@code name} whose first line
     * is numbered {@code firstLine}, as strictly as {@link #decode}; a byte order mark or blank text is
     * left for the caller, who knows whether the part is the file's first or its only one.
     */
    public static String decodePart(String name, byte[] bytes, int offset, int length, int firstLine) {
        String fast = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT) < 0) {
            return fast;
        }
        return strictly(name, ByteBuffer.wrap(bytes, offset, length), firstLine);
    }

    /** The text without a leading byte order mark. */
    public static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The refusal of a file that holds no text but blanks. */
    public static InterchangeException empty(String name) {
        return new InterchangeException(name + ": the file is empty");
    }

    private static String checked(String name, String decoded) {
        String text = decoded;
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw empty(name);
        }
        return text;
    }

    private static String strictly(String name, ByteBuffer in, int firstLine) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes = in.array();
        int start = in.position();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InterchangeException(name + ": line " + (firstLine - 1 + lineAt(bytes, start, in.position()))
                    + ": not valid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + "); save the file as UTF-8 and try again");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
