package dev.needle.adapter.interchange.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a file as strict UTF-8, naming the line of the first bad byte; a leading BOM is dropped. */
final class Utf8Text {
    private Utf8Text() {
    }

    static String decode(String source, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            throw new YamlFileException(source, lineOf(content, badByte),
                    "the file is not UTF-8 (byte " + (badByte + 1) + "); save it as UTF-8 and try again");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
