package dev.needle.adapter.interchange.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.Fixtures;
import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInConnectionsReaderTest {
    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    private final LinkedInConnectionsReader reader = new LinkedInConnectionsReader();

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("Connections.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theExportIsReadAfterItsPreambleWithDatesQuotedCellsAndLineNumbers() {
        List<ImportedPerson> people = reader.read(Fixtures.path("linkedin/Connections.csv"));

        assertThat(people).hasSize(4);
        ImportedPerson marta = people.get(0);
        assertThat(marta.name()).isEqualTo("Marta Okonkwo-Lindqvist");
        assertThat(marta.urls()).containsExactly("https://www.linkedin.com/in/marta-okonkwo-lindqvist");
        assertThat(marta.emails()).isEmpty();
        assertThat(marta.connectedOn()).contains(LocalDate.of(2020, 10, 5));
        assertThat(marta.line()).isEqualTo(5);
        ImportedPerson dev = people.get(1);
        assertThat(dev.company()).isEqualTo("Signalworks, Inc.");
        assertThat(dev.role()).isEqualTo("Data Lead, Platform");
        assertThat(dev.emails()).containsExactly("dev.patel@signalworks.example");
        assertThat(people.get(2).name()).isEmpty();
        assertThat(people.get(2).urls()).isEmpty();
        assertThat(people.get(3).connectedOn()).contains(LocalDate.of(2019, 3, 3));
        assertThat(people.get(3).line()).isEqualTo(8);
    }

    /** Issue 17: the CSV has first and last name apart; a credential after the last name is no family name. */
    @Test
    void firstAndLastNameAreKeptAsTheNamesParts() throws IOException {
        Path csv = file(HEADER + "Rashmi,\"Nayak, MSc, MBA, PHR\",https://www.linkedin.com/in/rn,,Acme,HR,01 Feb 2024\n");

        ImportedPerson rashmi = reader.read(csv).get(0);

        assertThat(rashmi.name()).isEqualTo("Rashmi Nayak, MSc, MBA, PHR");
        assertThat(rashmi.nameParts().given()).isEqualTo("Rashmi");
        assertThat(rashmi.nameParts().family()).isEqualTo("Nayak");
        assertThat(rashmi.nameParts().suffix()).isEqualTo("MSc, MBA, PHR");
    }

    @Test
    void aFileWithoutPreambleAndWithCrlfReadsTheSame() throws IOException {
        Path plain = file((HEADER + "Ana,Ruiz,https://www.linkedin.com/in/ana,,Acme,CTO,01 Feb 2022\n").replace("\n", "\r\n"));

        assertThat(reader.read(plain)).singleElement().satisfies(ana -> {
            assertThat(ana.name()).isEqualTo("Ana Ruiz");
            assertThat(ana.line()).isEqualTo(2);
        });
    }

    @Test
    void linesAreCountedThroughAPreambleWhateverEndsTheLines() throws IOException {
        String text = "Notes:\n\"Some emails are missing.\"\n\n" + HEADER
                + "Ana,Ruiz,https://x.example/ana,,Acme,CTO,01 Feb 2022\n\"Bo\",\"Chen\",https://x.example/bo,,,,\n";
        for (String ending : List.of("\n", "\r\n", "\r")) {
            Path export = file(text.replace("\n", ending));

            assertThat(reader.read(export)).as("lines ending in %s", ending.replace("\r", "CR").replace("\n", "LF"))
                    .extracting(ImportedPerson::name, ImportedPerson::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", 5),
                            org.assertj.core.groups.Tuple.tuple("Bo Chen", 6));
        }
    }

    @Test
    void blankLinesAndLineBreaksInsideQuotedCellsStillGiveEachRowItsOwnLine() throws IOException {
        String text = HEADER + "Ana,Ruiz,https://x.example/ana,,Acme,CTO,01 Feb 2022\n\n\n"
                + "Bo,Chen,https://x.example/bo,,\"Two\nlines\",,\n"
                + "Cy,Diaz,https://x.example/cy,,,,2020-10-05\n";
        for (String ending : List.of("\n", "\r\n", "\r")) {
            Path export = file(text.replace("\n", ending));

            assertThatThrownBy(() -> reader.read(export)).as("lines ending in %s", ending.replace("\r", "CR").replace("\n", "LF"))
                    .isInstanceOf(InterchangeException.class).hasMessageContaining("line 7 (record 3)");
        }
        Path export = file(text.replace("2020-10-05", "05 Oct 2020"));
        assertThat(reader.read(export)).extracting(ImportedPerson::line).containsExactly(2, 5, 7);
    }

    @Test
    void aWrongHeaderIsRefusedNamingTheMissingColumn() throws IOException {
        Path wrong = file("Notes:\n\nFirst Name,Last Name,URL,Email Address,Organisation,Position,Connected On\n");

        assertThatThrownBy(() -> reader.read(wrong)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("Connections.csv: line 3").hasMessageContaining("\"Company\"");
    }

    @Test
    void theOlderExportWithoutAUrlColumnAndWithUsDatesAndTimesIsRead() throws IOException {
        Path older = file("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                + "Rashmi,Nayak,rashmi@example.org,Acme,\"Head of Data, EMEA\",\"1/8/18, 6:14 PM\"\n"
                + "Bo,Chen,,,,12/31/17\n");

        List<ImportedPerson> people = reader.read(older);

        assertThat(people).extracting(ImportedPerson::name).containsExactly("Rashmi Nayak", "Bo Chen");
        ImportedPerson rashmi = people.get(0);
        assertThat(rashmi.emails()).containsExactly("rashmi@example.org");
        assertThat(rashmi.urls()).isEmpty();
        assertThat(rashmi.role()).isEqualTo("Head of Data, EMEA");
        assertThat(rashmi.connectedOn()).contains(LocalDate.of(2018, 1, 8));
        assertThat(people.get(1).connectedOn()).contains(LocalDate.of(2017, 12, 31));
    }

    @Test
    void aFileExcelSavedWithSemicolonsIsReadAfterItsNotes() throws IOException {
        Path resaved = file("Notes:;;;;;;\n\"Some emails are missing.\";;;;;;\n;;;;;;\n"
                + "First Name;Last Name;URL;Email Address;Company;Position;Connected On\n"
                + "Ana;Ruiz;https://www.linkedin.com/in/ana;;Acme, Inc.;CTO;01 Feb 2022\n");

        assertThat(reader.read(resaved)).singleElement().satisfies(ana -> {
            assertThat(ana.name()).isEqualTo("Ana Ruiz");
            assertThat(ana.company()).isEqualTo("Acme, Inc.");
            assertThat(ana.urls()).containsExactly("https://www.linkedin.com/in/ana");
            assertThat(ana.line()).isEqualTo(5);
        });
    }

    @Test
    void aSemicolonFileWithACutShortRowSaysSoWithItsLine() throws IOException {
        Path resaved = file("First Name;Last Name;Email Address;Company;Position;Connected On\n"
                + "Ana;Ruiz;;Acme;CTO;01 Feb 2022\nBo;Chen;;Acme\n");

        assertThatThrownBy(() -> reader.read(resaved)).isInstanceOf(InterchangeException.class)
                .hasMessage(resaved + ": line 3 (record 2): 4 cells where the header has 6");
    }

    @Test
    void aCsvOfSomethingElseIsRefused() throws IOException {
        Path other = file("Name,Phone\nAna,123\n");

        assertThatThrownBy(() -> reader.read(other)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("no header line");
    }

    @Test
    void aGoogleExportIsRefusedNamingTheCommandThatReadsIt() throws IOException {
        // The hint is worked out only once no header is found: every good file was read twice more for it.
        Path google = file("First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n"
                + "Ana,,Ruiz,Acme,myContacts,Work,ana@acme.example\n");

        assertThatThrownBy(() -> reader.read(google)).isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith(google + ": no header line First Name,Last Name")
                .hasMessageEndingWith("It looks like Google Contacts' CSV: try needle import google");
    }

    @Test
    void everyRowKeepsItsOwnCompanyAndPositionPastTheOnesShared() throws IOException {
        // Repeated companies and positions are kept once; past a few thousand different ones each row's stays its own.
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            rows.append("Ana,Ruiz").append(i).append(",,,Firm ").append(i % 4_500).append(",Role ").append(i % 7)
                    .append(",05 Oct 2020\n");
        }

        List<ImportedPerson> people = reader.read(file(rows.toString()));

        assertThat(people).hasSize(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(people.get(i).company()).isEqualTo("Firm " + i % 4_500);
            assertThat(people.get(i).role()).isEqualTo("Role " + i % 7);
        }
    }

    @Test
    void aWrongDateIsRefusedWithItsLineAndRecord() throws IOException {
        Path bad = file(HEADER + "Ana,Ruiz,https://x.example/ana,,,,05 Oct 2020\nBo,Chen,https://x.example/bo,,,,2020-10-05\n");

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("line 3 (record 2)").hasMessageContaining("2020-10-05");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineItOpensOnInPlainWords() throws IOException {
        Path bad = file("Notes:\n\"Some emails are missing.\"\n\n" + HEADER
                + "Bo,Chen,https://x.example/bo,,,,05 Oct 2020\n"
                + "Ana,\"Ruiz,https://x.example/ana,,,,05 Oct 2020\nCy,Diaz,,,,,\n");

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(InterchangeException.class)
                .hasMessage(bad + ": line 6: a quoted cell starts here and is never closed"
                        + " (a \" is missing; a \" inside a cell is written \"\")");
    }

    @Test
    void aWrongDateSpanningLinesIsQuotedClippedOnOneLine() throws IOException {
        Path bad = file(HEADER + "Ana,Ruiz,https://x.example/ana,,,,\"05 Oct\n2020" + "\"\"".repeat(500) + "\"\n");

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(InterchangeException.class)
                .hasMessage(bad + ": line 2 (record 1): \"Connected On\" is \"05 Oct 2020" + "\"".repeat(49)
                        + "…\", expected a date like 05 Oct 2020 or 1/8/18, 6:14 PM");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingItsLine() throws IOException {
        Path bad = file("Notes:\n\n" + HEADER + "Ana,Ruiz,https://x.example/ana,,\"Acme\" Inc,,05 Oct 2020\n");

        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(InterchangeException.class)
                .hasMessage(bad + ": line 4: text after a quoted cell's closing \" (a \" inside a cell is written \"\")");
    }

    @Test
    void invalidUtf8AndAByteOrderMark() throws IOException {
        byte[] bom = ("\uFEFF" + HEADER + "Zoë,Ng,https://x.example/z,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("bom.csv", bom)).singleElement().extracting(ImportedPerson::name).isEqualTo("Zoë Ng");

        byte[] latin1 = (HEADER + "Zoë,Ng,https://x.example/z,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("latin1.csv", latin1)).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("latin1.csv: line 2: not valid UTF-8");
    }
}
