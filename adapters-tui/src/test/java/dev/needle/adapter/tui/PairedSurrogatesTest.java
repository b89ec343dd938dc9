package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PairedSurrogatesTest {

    /** Lanterna alone wrote C3 A9 00 for "é": a NUL after every two-byte character. */
    @Test
    void everyCharacterLeavesAsExactlyItsUtf8BytesAndNeverANul() throws Exception {
        String text = "Zoë · 田中 \ud83c\udf31 Ørsted";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PairedSurrogates.put(text, StandardCharsets.UTF_8,
                c -> out.write(StandardCharsets.UTF_8.encode(String.valueOf(c)).array()), out::write);

        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8)).doesNotContain(0);
    }
}
