package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Revision;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A card's REV is kept as the foreign field ez-vcard's own writer makes of it, whichever form the file
 * wrote it in, alone on its card or beside other foreign fields, in 4.0 and in 3.0.
 */
class RevisionTextTest {
    private static final List<String> REVS = List.of("REV:2024-03-01T10:00:00Z", "REV:20240301T100000Z", "REV:2024-03-01",
            "REV:20240301", "REV:2024-03-01T10:00:00+02:00", "REV:20240301T100000+0200", "REV:20240301T100000-0530",
            "REV:2024-03-01T10:00:00", "REV:20240301T100000", "item1.REV:20240301T100000Z", "REV;VALUE=timestamp:20240301T100000Z",
            "REV;X-SOURCE=phone:2024-03-01T10:00:00Z", "REV:1999-12-31T23:59:59Z", "REV:", "REV:not a date");

    /** The foreign fields as ez-vcard's writer alone wrote them before: a whole card, its frame dropped. */
    private static List<String> asEzVcardWrites(List<VCardProperty> properties, VCardVersion version) throws IOException {
        StringWriter text = new StringWriter();
        VCardWriter writer = new VCardWriter(text, version);
        writer.setAddProdId(false);
        writer.setVersionStrict(false);
        writer.setCaretEncodingEnabled(true);
        writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
        writer.registerScribe(new PhotoBase64Scribe());
        VCard holder = new VCard();
        properties.forEach(holder::addProperty);
        writer.write(holder);
        writer.flush();
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\r\n")) {
            if (!(line.isBlank() || line.equals("BEGIN:VCARD") || line.equals("END:VCARD") || line.startsWith("VERSION:"))) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<VCardProperty> parsed(String version, String... lines) throws IOException {
        try (VCardReader reader = new VCardReader("BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCARD\r\n")) {
            return new ArrayList<>(reader.readNext().getProperties());
        }
    }

    @Test
    void aRevAloneOrBesideOtherFieldsIsKeptAsEzVcardWritesIt() throws IOException {
        for (String version : List.of("2.1", "3.0", "4.0")) {
            for (String rev : REVS) {
                List<VCardProperty> alone = parsed(version, rev);
                assertThat(new ForeignFields.Writer().write(alone)).as(version + " " + rev)
                        .isEqualTo(asEzVcardWrites(alone, VCardVersion.V4_0));
                List<VCardProperty> beside = parsed(version, "ADR;TYPE=home:;;Hauptstraße 1;Berlin;;10115;", rev, "BDAY:19800101");
                assertThat(new ForeignFields.Writer().write(beside)).as(version + " " + rev + " beside")
                        .isEqualTo(asEzVcardWrites(beside, VCardVersion.V4_0));
            }
        }
    }

    @Test
    void everyKindOfDateIsWrittenAsEzVcardWritesItInBothForms() throws IOException {
        List<Temporal> values = List.of(Instant.parse("2024-03-01T10:00:00Z"), OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0,
                ZoneOffset.ofHoursMinutes(5, 30)), LocalDateTime.of(2024, 3, 1, 10, 0, 5), LocalDate.of(2024, 3, 1),
                OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        RevisionText text = new RevisionText();
        for (Temporal value : values) {
            for (VCardVersion version : List.of(VCardVersion.V3_0, VCardVersion.V4_0)) {
                List<String> written = asEzVcardWrites(List.of(new Revision(value)), version);
                assertThat(List.of("REV:" + text.text(value, version == VCardVersion.V3_0))).as(value + " " + version)
                        .isEqualTo(written);
            }
        }
    }

    @Test
    void aCardWhoseOnlyForeignFieldIsItsRevKeepsThatLine() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ана Берг\r\nREV:2024-03-01T10:00:00Z\r\nEND:VCARD\r\n";

        assertThat(new VCardFileReader().read("rev.vcf", card.getBytes(StandardCharsets.UTF_8)).get(0).foreignFields())
                .containsExactly("REV:20240301T100000Z");
    }
}
