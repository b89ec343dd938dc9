package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Enter from a raw client is CR; the UI must see exactly one newline per press. */
class CarriageReturnAsEnterTest {

    private static byte[] through(byte[] input, boolean byteByByte) throws IOException {
        try (InputStream in = new CarriageReturnAsEnter(new ByteArrayInputStream(input))) {
            if (!byteByByte) {
                return in.readAllBytes();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
            return out.toByteArray();
        }
    }

    @Test
    void eachWayOfSendingEnterBecomesOneNewline() throws IOException {
        assertThat(new String(through("a\rb\r\nc\r\0d\ne".getBytes(), false))).isEqualTo("a\nb\nc\nd\ne");
        assertThat(new String(through("a\rb\r\nc\r\0d\ne".getBytes(), true))).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void twoEnterPressesStayTwo() throws IOException {
        assertThat(new String(through("\r\r".getBytes(), false))).isEqualTo("\n\n");
    }

    @Property
    void inputWithoutCarriageReturnsPassesUnchanged(@ForAll byte[] input) throws IOException {
        byte[] withoutCr = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r", "")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(through(withoutCr, false)).isEqualTo(withoutCr);
    }
}
