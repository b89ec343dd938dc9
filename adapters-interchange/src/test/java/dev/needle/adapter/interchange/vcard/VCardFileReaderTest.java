package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.Fixtures;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VCardFileReaderTest {
    private final VCardFileReader reader = new VCardFileReader();

    @TempDir
    Path dir;

    private List<ImportedPerson> fixture(String name) {
        return reader.read(Fixtures.path("vcard/" + name));
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("contacts.vcf"), text, StandardCharsets.UTF_8);
    }

    /**
     * RFC 6350 3.2 warns that simple writers fold inside a UTF-8 sequence and asks readers to restore it:
     * such a file was refused whole as "not valid UTF-8".
     */
    @Test
    void aFoldInsideACharacterIsUnfoldedIntoThatCharacter() throws IOException {
        byte[] head = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zo").getBytes(StandardCharsets.UTF_8);
        byte[] e = "ë".getBytes(StandardCharsets.UTF_8);
        byte[] note = ("\r\nNOTE:Caf").getBytes(StandardCharsets.UTF_8);
        byte[] sun = "☀".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " talk\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream card = new java.io.ByteArrayOutputStream();
        card.write(head);
        card.write(e[0]);
        card.write("\r\n ".getBytes(StandardCharsets.US_ASCII));
        card.write(e[1]);
        card.write(note);
        card.write(sun, 0, 1);
        card.write("\n\t".getBytes(StandardCharsets.US_ASCII));
        card.write(sun, 1, 2);
        card.write(tail);
        Path file = dir.resolve("split.vcf");
        Files.write(file, card.toByteArray());

        List<ImportedPerson> people = reader.read(file);

        assertThat(people).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Zoë");
            assertThat(p.notes()).isEqualTo("Caf☀ talk");
            assertThat(p.emails()).containsExactly("zoe@example.org");
        });
    }

    @Test
    void googleContactsExportGivesEveryCardWithItsFieldsAndKeepsTheRest() {
        List<ImportedPerson> people = fixture("google-contacts.vcf");

        assertThat(people).extracting(ImportedPerson::name).containsExactly("Marta Okonkwo-Lindqvist", "Tomás Ferreira");
        ImportedPerson marta = people.get(0);
        assertThat(marta.record()).isEqualTo(1);
        assertThat(people.get(1).line()).isEqualTo(17);
        assertThat(marta.company()).isEqualTo("Brightfield Analytics Ltd");
        assertThat(marta.role()).isEqualTo("Director of Research");
        assertThat(marta.emails()).containsExactly("marta.ol@brightfield.example", "marta.home@mail.example");
        assertThat(marta.phones()).containsExactly("+44 7700 900123");
        assertThat(marta.urls()).containsExactly("https://www.linkedin.com/in/marta-okonkwo-lindqvist/");
        assertThat(marta.categories()).containsExactly("market research", "myContacts");
        assertThat(marta.tags()).isEmpty();
        assertThat(marta.notes()).isEqualTo("Knows everyone in market research in Leeds.\nAsk about the panel study.");
        assertThat(marta.foreignFields()).anyMatch(f -> f.startsWith("BDAY"))
                .anyMatch(f -> f.contains("X-ABLabel:Met at"))
                .noneMatch(f -> f.startsWith("FN") || f.startsWith("EMAIL") || f.startsWith("NOTE"));
    }

    @Test
    void iphoneExportUnfoldsLongLinesAndKeepsSocialProfiles() {
        ImportedPerson hiro = fixture("iphone.vcf").get(0);

        assertThat(hiro.notes()).contains("he offered to review my portfolio");
        assertThat(hiro.company()).isEqualTo("Quillstone");
        assertThat(hiro.emails()).containsExactly("hiro@quillstone.example");
        assertThat(hiro.urls()).containsExactly("http://hiro.quillstone.example");
        assertThat(hiro.foreignFields()).anyMatch(f -> f.contains("twitter.com/hiro_builds_things"))
                .noneMatch(f -> f.startsWith("PRODID"));
    }

    @Test
    void outlookVersion21DecodesQuotedPrintableAndKeepsTheDepartment() {
        ImportedPerson clara = fixture("outlook.vcf").get(0);

        assertThat(clara.name()).isEqualTo("Clara Abernathy");
        assertThat(clara.notes()).isEqualTo("Prefers calls before 10am.\nHiring two analysts in Q3 – ask for intro.");
        assertThat(clara.company()).isEqualTo("Northwind Freight");
        assertThat(clara.phones()).containsExactly("(425) 555-0199", "(425) 555-0142");
        assertThat(clara.foreignFields()).anyMatch(f -> f.startsWith("ORG") && f.contains("Logistics Planning"))
                .anyMatch(f -> f.startsWith("X-MS-OL-DEFAULT-POSTAL-ADDRESS"));
    }

    @Test
    void androidCardsWithoutFormattedNameAreNamedFromTheNameThenTheOrganisationThenTheEmail() {
        List<ImportedPerson> people = fixture("android.vcf");

        assertThat(people).extracting(ImportedPerson::name)
                .containsExactly("Ayşe Öztürk", "j.doe.recruiter@talentbridge.example", "Copperline Coffee Roasters");
    }

    @Test
    void thunderbirdVersion40WithAByteOrderMarkKeepsItsUid() {
        ImportedPerson priya = fixture("thunderbird.vcf").get(0);

        assertThat(priya.name()).isEqualTo("Priya Raman");
        assertThat(priya.phones()).containsExactly("+91 80 0000 1111");
        assertThat(priya.uid()).isEqualTo("7d0c1b4e-3a52-4f36-9c1e-2b8f0a6e5d11");
    }

    @Test
    void lineFeedsAndCarriageReturnLineFeedsReadAlike() throws IOException {
        String card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nNOTE:long note that is fo\n lded here\nEND:VCARD\n";

        List<ImportedPerson> lf = reader.read(file(card));
        List<ImportedPerson> crlf = reader.read(file(card.replace("\n", "\r\n")));

        assertThat(crlf).isEqualTo(lf);
        assertThat(lf.get(0).notes()).isEqualTo("long note that is folded here");
    }

    /** The parser reads no card from text that begins with an empty line; the file used to be refused. */
    @Test
    void aFileThatBeginsWithBlankLinesIsRead() throws IOException {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nNOTE:a\r\nEND:VCARD\r\n";

        List<ImportedPerson> people = reader.read(file("\r\n \r\n" + card));

        assertThat(people).extracting(p -> p.name() + "@" + p.line()).containsExactly("Ana Ruiz@3");
    }

    @Test
    void brokenFoldingIsRefusedWithTheFileAndLine() throws IOException {
        Path broken = file("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nNOTE:a long note that was\nwrapped without a space\nEND:VCARD\n");

        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("line 5");
    }

    @Test
    void aCardCutShortIsRefused() throws IOException {
        Path cut = file("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo\n");

        assertThatThrownBy(() -> reader.read(cut)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("line 5").hasMessageContaining("no END:VCARD");
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLine() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.vcf"),
                "BEGIN:VCARD\nVERSION:3.0\nFN:Jos\u00e9\nEND:VCARD\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("latin1.vcf: line 3: not valid UTF-8");
    }

    @Test
    void emptyMissingAndDirectoryAreRefusedByName() throws IOException {
        Path empty = file("");

        assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("contacts.vcf: the file is empty");
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.vcf"))).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("nope.vcf: no such file");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void aFileWithoutCardsIsRefused() throws IOException {
        Path notes = file("just some notes\n");

        assertThatThrownBy(() -> reader.read(notes)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("line 1");
    }
}
