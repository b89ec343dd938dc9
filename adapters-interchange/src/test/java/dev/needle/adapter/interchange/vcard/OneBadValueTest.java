package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import org.junit.jupiter.api.Test;

/** One bad value costs that value only, and the report names its line (issue 17; ez-vcard's Android file has one). */
class OneBadValueTest {

    @Test
    void aQuotedPrintableEmailThatIsNoneKeepsTheCardAndIsNamedByItsOwnLine() {
        String card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bob\r\nTEL;CELL;PREF:123456\r\nTEL;WORK:123457\r\nTEL;WORK;FAX:123458\r\n"
                + "EMAIL;PREF;WORK:bob@company.com\r\n"
                + "EMAIL;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=C3=91=C3=91\r\nEND:VCARD\r\n";

        CardImports.Imported imported = CardImports.importText("android.vcf", card);

        Contact bob = imported.contacts().get(0);
        assertThat(bob.reach().emails()).containsExactly("bob@company.com");
        assertThat(bob.reach().phones()).hasSize(3);
        assertThat(bob.foreignFields()).anyMatch(line -> line.startsWith("EMAIL") && line.endsWith("ÑÑÑÑ"));
        assertThat(imported.report().outcomes().get(0).notes()).singleElement().asString()
                .startsWith("line 8: kept EMAIL \"ÑÑÑÑ\"").contains("not an email address");
        assertThat(CardImports.export(imported.contacts(), "4.0")).contains("\r\nEMAIL:ÑÑÑÑ\r\n");
    }

    @Test
    void anOverLongPhoneNumberStaysInTheCardAndTheRestIsImported() {
        String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cy\r\nTEL:" + "1".repeat(60) + "\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n";

        CardImports.Imported imported = CardImports.importText("long.vcf", card);

        assertThat(imported.contacts().get(0).reach().phones()).containsExactly("+1 555 0100");
        assertThat(imported.report().outcomes().get(0).notes()).singleElement().asString().startsWith("line 4: kept TEL");
    }
}
