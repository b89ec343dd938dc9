package dev.needle.adapter.tui;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Sends a screen cell's text to a byte terminal with each character beyond the BMP encoded whole.
 *
 * <p>Lanterna 3.1.3's StreamBasedTerminal encodes one Java char at a time, even in putString, so
 * the two halves of an emoji's surrogate pair are each unencodable and leave as "??". The terminals
 * that write bytes route putString through here: a pair becomes its UTF-8 bytes, anything else goes
 * on to Lanterna's own putCharacter (which also drops control characters), except that on a UTF-8
 * terminal every other non-ASCII character is encoded here too (see {@link #put}).
 */
final class PairedSurrogates {
    /** Lanterna's per-char output. */
    interface CharOutput {
        void put(char c) throws IOException;
    }

    /** Raw bytes to the terminal. */
    interface ByteOutput {
        void write(byte[] bytes) throws IOException;
    }

    private PairedSurrogates() {
    }

    static void put(String text, Charset charset, CharOutput chars, ByteOutput bytes) throws IOException {
        boolean utf8 = StandardCharsets.UTF_8.equals(charset);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes.write(text.substring(i, i + 2).getBytes(charset));
                i++;
            } else if (utf8 && c >= 0xA0 && !Character.isSurrogate(c)) {
                // Lanterna encodes a character into a buffer's whole backing array, so "é" left as
                // C3 A9 00: a NUL after every two-byte character. Encoded here, exactly.
                bytes.write(String.valueOf(c).getBytes(charset));
            } else {
                chars.put(c);
            }
        }
    }
}
