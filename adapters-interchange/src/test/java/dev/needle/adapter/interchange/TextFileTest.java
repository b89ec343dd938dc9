package dev.needle.adapter.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files decoded as strict UTF-8: what the JDK's fast decoding would replace is still told, and where. */
class TextFileTest {
    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() {
        String text = "FN:Unknown \uFFFD sign\nNOTE:\u00e9\u4e2d\n";

        assertThat(TextFile.decode("a.vcf", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void brokenBytesAreToldByLineWhereverTheyAre() {
        byte[] broken = {'F', 'N', ':', 'a', '\n', 'x', (byte) 0xC3, '(', '\n'};
        byte[] cutShort = {'F', 'N', ':', 'a', '\n', '\n', 'x', (byte) 0xE4, (byte) 0xB8};
        byte[] surrogate = {'F', 'N', ':', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThatThrownBy(() -> TextFile.decode("b.vcf", broken))
                .hasMessage("b.vcf: line 2: not valid UTF-8 (byte 0xC3); save the file as UTF-8 and try again");
        assertThatThrownBy(() -> TextFile.decode("c.vcf", cutShort)).hasMessageStartingWith("c.vcf: line 3: not valid UTF-8");
        assertThatThrownBy(() -> TextFile.decode("d.vcf", surrogate)).hasMessageStartingWith("d.vcf: line 1: not valid UTF-8");
    }

    @Test
    void aByteOrderMarkIsDroppedAndBlankTextRefused() {
        assertThat(TextFile.decode("e.vcf", "\uFEFFFN:a".getBytes(StandardCharsets.UTF_8))).isEqualTo("FN:a");
        assertThatThrownBy(() -> TextFile.decode("f.vcf", "\uFEFF \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("f.vcf: the file is empty");
    }
}
