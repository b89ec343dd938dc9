package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ImportedPerson;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Photo;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Photos read and written with the JDK's base64 come out as ez-vcard's own codec has them: the same
 * bytes read, the same line kept, whatever the version, the media type or the state of the base64.
 */
class PhotoBase64ScribeTest {
    @Property(tries = 300)
    void aPhotoIsReadAndKeptAsEzVcardAloneWouldKeepIt(@ForAll("photoLines") String photoLine) throws IOException {
        for (String version : List.of("2.1", "3.0", "4.0")) {
            String card = "BEGIN:VCARD\r\nVERSION:" + version + "\r\nFN:Ana Ruiz\r\n" + photoLine + "\r\nEND:VCARD\r\n";

            ImportedPerson person = new VCardFileReader().read("photo.vcf", card.getBytes(StandardCharsets.UTF_8)).get(0);

            assertThat(person.foreignFields()).as(version + ": " + photoLine).isEqualTo(asEzVcardKeepsIt(card));
        }
    }

    @Example
    void theCommonFormsTakeTheJdkCodecAndReadTheSameBytes() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02, (byte) 0xFE, 0x7F};
        String base64 = Base64.getEncoder().encodeToString(jpeg);
        for (String card : List.of(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + base64 + "\r\nEND:VCARD\r\n",
                "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:" + base64 + "\r\nEND:VCARD\r\n",
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nPHOTO:data:image/JPEG;base64," + base64 + "\r\nEND:VCARD\r\n")) {
            Photo ours = readWith(card, true);
            Photo theirs = readWith(card, false);

            assertThat(ours.getData()).isEqualTo(jpeg).isEqualTo(theirs.getData());
            assertThat(ours.getContentType()).isEqualTo(theirs.getContentType());
            assertThat(ForeignFields.write(List.of(ours))).isEqualTo(writtenByEzVcard(theirs));
        }
    }

    @Provide
    Arbitrary<String> photoLines() {
        Arbitrary<String> canonical = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
                .map(bytes -> Base64.getEncoder().encodeToString(bytes));
        Arbitrary<String> base64ish = Arbitraries.strings().withChars("ABCDEFabcdef0189+/=- _.,;:\\\\").ofMaxLength(30);
        Arbitrary<String> data = Arbitraries.oneOf(canonical, canonical.map(b -> b.replace("=", "")), base64ish);
        Arbitrary<String> head = Arbitraries.of("PHOTO;ENCODING=b;TYPE=JPEG:", "PHOTO;ENCODING=BASE64;TYPE=png:",
                "PHOTO;ENCODING=b:", "PHOTO;TYPE=JPEG:", "PHOTO;VALUE=uri:", "PHOTO;ENCODING=b;VALUE=url:",
                "PHOTO:data:image/jpeg;base64,", "PHOTO:DATA:Image/JPEG;BASE64,", "PHOTO:data:;base64,",
                "PHOTO;MEDIATYPE=image/gif:data:image/png;base64,", "PHOTO:data:image/jpeg;charset=utf-8;base64,",
                "PHOTO:data:image/jpeg,", "PHOTO:data:image/jpeg;base64;x,", "PHOTO:data:Image/X-Odd;base64,", "item1.PHOTO;TYPE=work:data:image/jpeg;base64,");
        return Combinators.combine(head, data).as(String::concat);
    }

    /** The card's foreign lines as ez-vcard's own scribes read and write them. */
    private static List<String> asEzVcardKeepsIt(String card) throws IOException {
        VCard parsed = parsed(card, false);
        List<VCardProperty> foreign = new ArrayList<>(parsed.getProperties());
        foreign.removeIf(property -> property instanceof ezvcard.property.FormattedName);
        // A person's foreign lines are kept stripped, blank ones dropped.
        return writtenByEzVcard(foreign).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> writtenByEzVcard(Photo photo) {
        return writtenByEzVcard(List.of(photo));
    }

    /** As {@link ForeignFields} writes them, with ez-vcard's own photo scribe. */
    private static List<String> writtenByEzVcard(List<VCardProperty> properties) {
        VCard holder = new VCard();
        properties.forEach(holder::addProperty);
        StringWriter text = new StringWriter();
        try (VCardWriter writer = new VCardWriter(text, VCardVersion.V4_0)) {
            writer.setAddProdId(false);
            writer.setVersionStrict(false);
            writer.setCaretEncodingEnabled(true);
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(holder);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\r\n")) {
            if (!(line.isBlank() || line.equals("BEGIN:VCARD") || line.equals("END:VCARD") || line.startsWith("VERSION:"))) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Photo readWith(String card, boolean jdkBase64) throws IOException {
        return parsed(card, jdkBase64).getPhotos().get(0);
    }

    private static VCard parsed(String card, boolean jdkBase64) throws IOException {
        try (VCardReader reader = new VCardReader(card)) {
            reader.setCaretDecodingEnabled(true);
            if (jdkBase64) {
                reader.registerScribe(new PhotoBase64Scribe());
            }
            return reader.readNext();
        }
    }
}
