package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.Fixtures;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Export then import gives back every field, foreign fields included, in 3.0 and 4.0. */
class VCardRoundTripTest {

    private static Contact asContact(ImportedPerson p, long id) {
        return Contact.capture(new ContactId(id), p.name()).edit().company(p.company()).role(p.role())
                .reach(new Reach(p.emails(), p.phones(), p.urls()))
                .offers(p.tags().stream().map(Tag::of).collect(Collectors.toSet())).categories(p.categories())
                .notes(p.notes()).foreignFields(p.foreignFields()).build();
    }

    private static List<ImportedPerson> reexport(List<Contact> contacts, String version) {
        StringWriter out = new StringWriter();
        new VCardFileWriter(version).write(contacts, out, "stdout");
        return new VCardFileReader().read("export.vcf", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Address books write an address's label as a parameter, its line breaks and double quotes
     * caret-encoded (RFC 6868, {@code ^n}, {@code ^'}). Read with them decoded, such a card (ez-vcard's
     * issue 114 file is one) failed the whole import when Needle wrote the ADR it keeps back out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"4.0", "3.0"})
    void anAddressLabelWithQuotesAndLineBreaksInItsParameterImportsAndExportsWhole(String version) {
        String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lena Vogel\r\nORG:Vogel GmbH\r\n"
                + "ADR;TYPE=work;LABEL=^'Haus Vogel^'^nHauptstrasse 1^n61352 Bad Homburg^nGERMANY:;;Hauptstrasse 1;Bad Homburg;;61352;Germany\r\n"
                + "END:VCARD\r\n";

        List<ImportedPerson> imported = new VCardFileReader().read("label.vcf", card.getBytes(StandardCharsets.UTF_8));

        assertThat(imported).singleElement().satisfies(p -> assertThat(p.foreignFields())
                .singleElement().asString().startsWith("ADR").contains("Hauptstrasse 1").contains("61352"));
        List<ImportedPerson> again = reexport(List.of(asContact(imported.get(0), 1)), version);
        assertThat(again).singleElement().satisfies(p -> assertThat(p.foreignFields()).isEqualTo(imported.get(0).foreignFields()));
    }

    /**
     * Apple and Android name an email, phone or web address with a custom label by grouping it with an
     * X-ABLabel ({@code item1.EMAIL} and {@code item1.X-ABLabel:Uni}). The address went back without its
     * group, so the phone showed the label alone and the address with none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"4.0", "3.0"})
    void anAddressKeepsTheGroupThatGivesItsLabel(String version) {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nitem1.EMAIL;type=INTERNET:ada@uni.example\r\n"
                + "item1.X-ABLabel:Uni\r\nEMAIL:ada@home.example\r\nitem2.TEL:905-222-1234\r\n"
                + "item2.X-ABLabel:_$!<AssistantPhone>!$_\r\nitem3.URL:https://ada.example\r\nitem3.X-ABLabel:_$!<HomePage>!$_\r\n"
                + "END:VCARD\r\n";
        List<ImportedPerson> imported = new VCardFileReader().read("ada.vcf", card.getBytes(StandardCharsets.UTF_8));
        Contact ada = asContact(imported.get(0), 1);
        StringWriter out = new StringWriter();

        new VCardFileWriter(version).write(List.of(ada), out, "stdout");

        assertThat(out.toString()).contains("\r\nitem1.EMAIL:ada@uni.example\r\n", "\r\nEMAIL:ada@home.example\r\n",
                "\r\nitem2.TEL", "905-222-1234\r\n", "\r\nitem3.URL:https://ada.example\r\n", "\r\nitem1.X-ABLabel:Uni\r\n")
                .containsOnlyOnce("ada@uni.example").containsOnlyOnce("905-222-1234").containsOnlyOnce("https://ada.example");
        Contact edited = ada.edit().reach(new Reach(List.of("ada@uni2.example", "ada@home.example"), ada.reach().phones(),
                ada.reach().urls())).build();
        StringWriter again = new StringWriter();
        new VCardFileWriter(version).write(List.of(edited), again, "stdout");
        assertThat(again.toString()).contains("\r\nEMAIL:ada@uni2.example\r\n").doesNotContain("ada@uni.example")
                .containsOnlyOnce("item1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-contacts.vcf", "iphone.vcf", "outlook.vcf", "android.vcf", "thunderbird.vcf"})
    void reExportingAnImportedFileLosesNothing(String fixture) {
        List<ImportedPerson> imported = new VCardFileReader().read(Fixtures.path("vcard/" + fixture));
        List<Contact> contacts = imported.stream().map(p -> asContact(p, p.record())).toList();

        List<ImportedPerson> again = reexport(contacts, "4.0");

        assertThat(again).hasSameSizeAs(imported);
        for (int i = 0; i < imported.size(); i++) {
            ImportedPerson before = imported.get(i);
            ImportedPerson after = again.get(i);
            assertThat(after.name()).isEqualTo(before.name());
            assertThat(after.company()).isEqualTo(before.company());
            assertThat(after.role()).isEqualTo(before.role());
            assertThat(after.emails()).isEqualTo(before.emails());
            assertThat(after.phones()).isEqualTo(before.phones());
            assertThat(after.urls()).isEqualTo(before.urls());
            assertThat(after.notes()).isEqualTo(before.notes());
            assertThat(after.categories()).isEqualTo(before.categories());
            assertThat(after.foreignFields()).isEqualTo(before.foreignFields());
        }
    }

    /** A phone's photo (6 KB, kept as its card had it) is written back with the same bytes, and again unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {"3.0", "4.0"})
    void aPhoneSizedPhotoIsExportedWithTheSameBytes(String version) {
        byte[] jpeg = new byte[6_000];
        new java.util.Random(19).nextBytes(jpeg);
        String photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + java.util.Base64.getEncoder().encodeToString(jpeg);
        Contact grace = Contact.capture(new ContactId(1), "Grace Hopper").edit()
                .foreignFields(List.of("NICKNAME:Amazing Grace", photo)).build();

        List<String> once = reexport(List.of(grace), version).get(0).foreignFields();
        List<String> twice = reexport(List.of(asContact(reexport(List.of(grace), version).get(0), 1)), version)
                .get(0).foreignFields();

        String written = once.stream().filter(line -> line.startsWith("PHOTO")).findFirst().orElseThrow();
        String data = written.substring(Math.max(written.lastIndexOf(':'), written.lastIndexOf(',')) + 1);
        assertThat(java.util.Base64.getDecoder().decode(data)).isEqualTo(jpeg);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void version30ExportKeepsTheFieldsToo() {
        Contact ana = Contact.capture(new ContactId(1), "Ana María Ruiz").edit().company("Acme").role("CTO")
                .reach(new Reach(List.of("ana@acme.example"), List.of("+34 600 1"), List.of("https://acme.example/ana")))
                .notes("line one\nline two; with, punctuation").offers(java.util.Set.of(Tag.of("hiring")))
                .foreignFields(List.of("X-SKYPE:ana.ruiz", "BDAY:1990-01-02")).build();

        ImportedPerson back = reexport(List.of(ana), "3.0").get(0);

        assertThat(back.name()).isEqualTo("Ana María Ruiz");
        assertThat(back.notes()).isEqualTo("line one\nline two; with, punctuation");
        assertThat(back.needle().offers()).containsExactly(Tag.of("hiring"));
        assertThat(back.foreignFields()).contains("X-SKYPE:ana.ruiz");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"4.0", "3.0"})
    void theCardsSayNeedleWroteThemNotTheLibraryItUses(String version) {
        // Every exported card said "PRODID:ez-vcard 0.12.1".
        StringWriter out = new StringWriter();
        new VCardFileWriter(version).write(List.of(Contact.capture(new ContactId(1), "Ana Ruiz")), out, "stdout");
        assertThat(out.toString()).contains("PRODID:-//Needle//Needle networking planner//EN").doesNotContain("ez-vcard");
        assertThat(new VdirCardFormat().write(Contact.capture(new ContactId(2), "Bo Lind"), "uid-2", java.time.Instant.EPOCH))
                .asString(StandardCharsets.UTF_8).contains("PRODID:-//Needle//").doesNotContain("ez-vcard");
    }
}
