package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * khard ignores a card without a UID and CardDAV requires one (issue 17): every exported card carries
 * its contact's UID, and a card's own UID is what its contact keeps.
 */
class VCardUidTest {

    private static String export(List<Contact> contacts, String version) {
        StringWriter out = new StringWriter();
        new VCardFileWriter(version).write(contacts, out, "stdout");
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "4.0"})
    void everyExportedCardCarriesItsContactsUidOnce(String version) {
        Contact ada = Contact.capture(new ContactId(1), "Ada Lovelace");
        // An import before contacts had UIDs kept the card's UID as a foreign field.
        Contact grace = Contact.capture(new ContactId(2), "Grace Hopper").edit()
                .foreignFields(List.of("UID:old-kept-line")).build();

        String text = export(List.of(ada, grace), version);

        assertThat(text).contains("UID:" + ada.uid() + "\r\n").contains("UID:" + grace.uid() + "\r\n")
                .doesNotContain("old-kept-line");
        assertThat(text.split("UID:", -1)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "3.0", "4.0"})
    void aCardsUidIsReadAsTheUidAndNotAsAForeignField(String version) {
        String card = "BEGIN:VCARD\r\nVERSION:" + version + "\r\nN:Vogel;Lena;;;\r\nFN:Lena Vogel\r\n"
                + "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\nEND:VCARD\r\n";

        List<ImportedPerson> read = new VCardFileReader().read("uid.vcf", card.getBytes(StandardCharsets.UTF_8));

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.uid()).isEqualTo("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
            assertThat(p.foreignFields()).noneMatch(line -> line.startsWith("UID"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "4.0"})
    void aContactsUidComesBackFromItsExport(String version) {
        Contact ada = Contact.capture(new ContactId(1), "Ada Lovelace");

        List<ImportedPerson> again = new VCardFileReader().read("again.vcf",
                export(List.of(ada), version).getBytes(StandardCharsets.UTF_8));

        assertThat(again).singleElement().extracting(ImportedPerson::uid).isEqualTo(ada.uid());
    }
}
