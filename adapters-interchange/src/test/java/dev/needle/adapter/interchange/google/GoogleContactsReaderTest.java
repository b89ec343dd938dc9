package dev.needle.adapter.interchange.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.domain.ReachLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleContactsReaderTest {
    /** The layout Google Contacts exported until 2023 (the Yomi and address columns shortened). */
    static final String OLDER_HEADER = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
            + "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,"
            + "Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
            + "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
            + "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
            + "Address 1 - Type,Address 1 - Formatted,Organization 1 - Type,Organization 1 - Name,"
            + "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Website 1 - Type,"
            + "Website 1 - Value\n";
    /** The layout since 2023. */
    static final String NEWER_HEADER = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
            + "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
            + "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
            + "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
            + "Address 1 - Formatted,Website 1 - Label,Website 1 - Value\n";

    private final GoogleContactsReader reader = new GoogleContactsReader();

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("contacts.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theOlderLayoutIsReadByItsHeaderWithSeveralValuesInOneCell() throws IOException {
        Path export = file(OLDER_HEADER
                + "Rashmi Nayak,Rashmi,,Nayak,,,,,,,,,,,,,,,,,,,,,,\"Met at PyCon,\nasked about data jobs\",,,"
                + "* myContacts,* Work,rashmi@acme.example ::: r.nayak@mail.example,Home,rn@home.example,"
                + "Mobile,+44 7700 900123,Work,+44 20 7946 0000,,,,Acme Ltd,,Head of Data,,Profile,"
                + "https://www.linkedin.com/in/rashmi-nayak\n"
                + ",Bo,,Chen,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,,,,,,,,,,,,,,,,,\n");

        List<ImportedPerson> people = reader.read(export);

        assertThat(people).extracting(ImportedPerson::name).containsExactly("Rashmi Nayak", "Bo Chen");
        ImportedPerson rashmi = people.get(0);
        assertThat(rashmi.emails()).containsExactly("rashmi@acme.example", "r.nayak@mail.example", "rn@home.example");
        assertThat(rashmi.phones()).containsExactly("+44 7700 900123", "+44 20 7946 0000");
        assertThat(rashmi.urls()).containsExactly("https://www.linkedin.com/in/rashmi-nayak");
        assertThat(rashmi.company()).isEqualTo("Acme Ltd");
        assertThat(rashmi.role()).isEqualTo("Head of Data");
        assertThat(rashmi.notes()).isEqualTo("Met at PyCon,\nasked about data jobs");
        assertThat(rashmi.line()).isEqualTo(2);
        assertThat(people.get(1).line()).isEqualTo(4);
    }

    @Test
    void theNewerLayoutIsReadFromFirstMiddleAndLastName() throws IOException {
        Path export = file(NEWER_HEADER
                + "Ana,María,Ruiz,,,,Dr.,,,,Signalworks,CTO,,,,,* myContacts ::: Friends,Work,ana@signal.example,,,"
                + "Mobile,+34 600 000 000,,,,\n");

        assertThat(reader.read(export)).singleElement().satisfies(ana -> {
            assertThat(ana.name()).isEqualTo("Ana María Ruiz");
            assertThat(ana.nameParts()).as("the name's parts come from their own columns")
                    .isEqualTo(new dev.needle.domain.PersonName("Dr.", "Ana", "María", "Ruiz", ""));
            assertThat(ana.company()).isEqualTo("Signalworks");
            assertThat(ana.role()).isEqualTo("CTO");
            assertThat(ana.emails()).containsExactly("ana@signal.example");
            assertThat(ana.phones()).containsExactly("+34 600 000 000");
            assertThat(ana.tags()).as("labels are groups, not what someone offers").isEmpty();
        });
    }

    @Test
    void aSemicolonSeparatedResaveIsReadToo() throws IOException {
        Path export = file(NEWER_HEADER.replace(',', ';')
                + "Ana;;Ruiz;;;;;;;;Acme, Inc.;;;;;;;;ana@acme.example;;;;;;;;\n");

        assertThat(reader.read(export)).singleElement().extracting(ImportedPerson::company).isEqualTo("Acme, Inc.");
    }

    @Test
    void aLinkedInFileIsRefusedNamingTheCommandThatReadsIt() throws IOException {
        Path linkedIn = file("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,,,\n");

        assertThatThrownBy(() -> reader.read(linkedIn)).isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith(linkedIn + ": no header line like Name,Given Name")
                .hasMessageEndingWith("It looks like LinkedIn's Connections.csv: try needle import linkedin");
    }

    @Test
    void aRowCutShortIsRefusedWithItsLine() throws IOException {
        Path export = file(NEWER_HEADER + "Ana,,Ruiz,,,,,,,,,,,,,,,,,,,,,,,,\nBo,,Chen\n");

        assertThatThrownBy(() -> reader.read(export)).isInstanceOf(InterchangeException.class)
                .hasMessage(export + ": line 3 (record 2): 3 cells where the header has 27");
    }

    @Test
    void theOlderLayoutsTypesBecomeKindsSharedByJoinedValues() throws IOException {
        Path export = file(OLDER_HEADER
                + "Rashmi Nayak,Rashmi,,Nayak,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,"
                + "* Work,rashmi@acme.example ::: r.nayak@mail.example,Home,rn@home.example,"
                + "Mobile,+44 7700 900123,Work Fax,+44 20 7946 0000,,,,,,,,,\n");

        assertThat(reader.read(export)).singleElement().satisfies(rashmi -> {
            var labels = rashmi.reachLabels();
            assertThat(labels.of("rashmi@acme.example")).as("the starred label is the primary one")
                    .isEqualTo(new ReachLabel(List.of("work"), 1));
            assertThat(labels.of("r.nayak@mail.example")).as("values joined by ::: share the label")
                    .isEqualTo(new ReachLabel(List.of("work"), 1));
            assertThat(labels.of("rn@home.example")).isEqualTo(new ReachLabel(List.of("home"), 0));
            assertThat(labels.of("+44 7700 900123")).isEqualTo(new ReachLabel(List.of("cell"), 0));
            assertThat(labels.of("+44 20 7946 0000")).isEqualTo(new ReachLabel(List.of("work", "fax"), 0));
        });
    }

    @Test
    void theNewerLayoutsLabelsBecomeKindsAndCustomLabelsAreLeftOut() throws IOException {
        Path export = file(NEWER_HEADER
                + "Ana,,Ruiz,,,,,,,,,,,,,,,Home,ana@home.example,My club,ana@club.example,"
                + "Mobile,+34 600 000 000,,,,\n");

        assertThat(reader.read(export)).singleElement().satisfies(ana -> {
            assertThat(ana.reachLabels().of("ana@home.example").types()).containsExactly("home");
            assertThat(ana.reachLabels().of("ana@club.example")).isEqualTo(ReachLabel.NONE);
            assertThat(ana.reachLabels().of("+34 600 000 000").types()).containsExactly("cell");
        });
    }

    @Test
    void labelsNicknamesBirthdaysAndAddressesAreKeptNotDropped() throws IOException {
        // Walked by hand: a Google export's birthdays, addresses, nicknames and labels vanished without a word.
        Path export = file(NEWER_HEADER.replace("Address 1 - Formatted,", "Address 1 - Formatted,Address 1 - Street,"
                        + "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
                        + "Address 1 - Country,Address 1 - Extended Address,")
                + "Zoë,,Ångström,,,,,,Zo,,Karolinska Institutet,Research Nurse,,1988-03-14,,,"
                + "* myContacts ::: Nurses ::: * starred ::: Stockholm 2024,Work,zoe@ki.example,,,,,"
                + "Work,\"Solnavägen 1\n171 77 Stockholm\nSweden\",Solnavägen 1,Stockholm,,,171 77,Sweden,,,\n"
                + "Bo,,Chen,,,,,,,,,,,--05-21,,,* myContacts,,,,,,,Home,\"Hauptstraße 5, Wien\",,,,,,,,,\n");

        List<ImportedPerson> people = reader.read(export);

        ImportedPerson zoe = people.get(0);
        assertThat(zoe.categories()).as("Google's own labels start with *").containsExactly("Nurses", "Stockholm 2024");
        assertThat(zoe.foreignFields()).containsExactly("NICKNAME:Zo", "BDAY:19880314",
                "ADR;TYPE=work;LABEL=Solnavägen 1\\n171 77 Stockholm\\nSweden:;;Solnavägen 1;Stockholm;;171 77;Sweden");
        assertThat(people.get(1).foreignFields()).as("a birthday without its year, an address as one text")
                .containsExactly("BDAY:--0521", "ADR;TYPE=home;LABEL=\"Hauptstraße 5, Wien\":;;Hauptstraße 5\\, Wien;;;;");
    }
}
