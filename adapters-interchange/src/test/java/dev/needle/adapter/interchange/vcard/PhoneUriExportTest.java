package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * vCard 4.0 writes a phone number as a {@code tel:} URI, as RFC 6350 (6.4.1) recommends, when the URI
 * holds the number exactly as typed; every other number stays text, so an address book gets back the
 * numbers the user wrote; 3.0 cards keep the text.
 */
class PhoneUriExportTest {
    private static final List<String> PHONES = List.of("+1 555 555 5555", "+44 (20) 7946 0958", "+49-30-1234567",
            "+1-418-656-9254 ext. 102", "0529 009755", "call the office");

    private static Contact ada() {
        return Contact.capture(new ContactId(1), "Ada Lovelace").edit()
                .reach(new Reach(List.of(), PHONES, List.of())).build();
    }

    private static List<String> telLines(String card) {
        return card.lines().filter(line -> line.startsWith("TEL")).toList();
    }

    @Test
    void aVersion40CardWritesNumbersAUriHoldsAsTypedAsTelUrisAndTheRestAsText() {
        String card = CardImports.export(List.of(ada()), "4.0");

        assertThat(telLines(card)).containsExactly(
                "TEL:+1 555 555 5555",
                "TEL:+44 (20) 7946 0958",
                "TEL;VALUE=uri:tel:+49-30-1234567",
                "TEL;VALUE=uri:tel:+1-418-656-9254;ext=102",
                "TEL:0529 009755",
                "TEL:call the office");
    }

    @Test
    void aVersion30CardKeepsEveryNumberAsTyped() {
        String card = CardImports.export(List.of(ada()), "3.0");

        assertThat(telLines(card)).containsExactly("TEL:+1 555 555 5555", "TEL:+44 (20) 7946 0958", "TEL:+49-30-1234567",
                "TEL:+1-418-656-9254 ext. 102", "TEL:0529 009755", "TEL:call the office");
    }

    @Test
    void needleReadsItsOwnVersion40PhonesBackExactlyAsTyped() {
        String card = CardImports.export(List.of(ada()), "4.0");

        List<ImportedPerson> back = new VCardFileReader().read("export.vcf", card.getBytes(StandardCharsets.UTF_8));

        assertThat(back).singleElement().satisfies(person -> assertThat(person.phones()).containsExactly(
                "+1 555 555 5555", "+44 (20) 7946 0958", "+49-30-1234567", "+1-418-656-9254 ext. 102", "0529 009755",
                "call the office"));
    }
}
