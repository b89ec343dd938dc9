package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The vdir sync writes a card back through the same mapping as the export: a company's own card
 * (no person's name, only its ORG) stays one there too, and reads back as the same contact.
 */
class CompanyCardVdirTest {
    private static final String OUTLOOK = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:acme-1",
            "FN:Acme GmbH", "ORG:Acme GmbH", "TEL;TYPE=WORK:+49 30 1234567", "END:VCARD", "");

    @Test
    void aCompanyCardWrittenBackKeepsAnEmptyNameAndReadsBackTheSame() {
        VdirCardFormat format = new VdirCardFormat();
        byte[] was = OUTLOOK.getBytes(StandardCharsets.UTF_8);
        Contact read = format.read("acme.vcf", was, Contact.capture(new ContactId(7), "placeholder")).contact();

        byte[] written = format.rewrite(read, "acme-1", was, Optional.empty());

        String card = new String(written, StandardCharsets.UTF_8);
        assertThat(card).contains("\r\nN:;;;;\r\n").contains("\r\nORG:Acme GmbH\r\n").doesNotContain("N:GmbH");
        assertThat(format.read("acme.vcf", written, read).contact()).isEqualTo(read);
    }
}
