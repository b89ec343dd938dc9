package dev.needle.adapter.interchange.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlookContactsReaderTest {
    /** As Google's "Outlook CSV" export and Outlook.com write it (address columns shortened). */
    static final String HEADER = "First Name,Middle Name,Last Name,Title,Suffix,Initials,Web Page,Gender,Birthday,"
            + "Anniversary,Location,Language,Internet Free Busy,Notes,E-mail Address,E-mail 2 Address,"
            + "E-mail 3 Address,Primary Phone,Home Phone,Home Phone 2,Mobile Phone,Pager,Home Fax,Home Address,"
            + "Business Phone,Business Phone 2,Business Fax,Business Address,Company,Job Title,Department,"
            + "Office Location,Categories\n";
    /** As Outlook for Windows' export wizard writes it: Title first, and the email types. */
    static final String DESKTOP_HEADER = "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\","
            + "\"Department\",\"Job Title\",\"Business Phone\",\"Mobile Phone\",\"E-mail Address\",\"E-mail Type\","
            + "\"E-mail Display Name\",\"E-mail 2 Address\",\"E-mail 2 Type\",\"Notes\",\"Web Page\"\n";

    private final OutlookContactsReader reader = new OutlookContactsReader();

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("contacts.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theExportIsReadByItsHeader() throws IOException {
        Path export = file(HEADER
                + "Michael,J.,Angstadt,Mr.,Jr.,,http://mike.example,,,,,,,Likes chess,mike@angstadt.example,"
                + "m@home.example,,,,,+1 555 0100,,,,+1 555 0199,,,,Acme Ltd,Developer,,,Work\n");

        assertThat(reader.read(export)).singleElement().satisfies(mike -> {
            assertThat(mike.name()).isEqualTo("Michael J. Angstadt");
            assertThat(mike.nameParts()).as("the name's parts come from their own columns")
                    .isEqualTo(new dev.needle.domain.PersonName("Mr.", "Michael", "J.", "Angstadt", "Jr."));
            assertThat(mike.company()).isEqualTo("Acme Ltd");
            assertThat(mike.role()).isEqualTo("Developer");
            assertThat(mike.emails()).containsExactly("mike@angstadt.example", "m@home.example");
            assertThat(mike.phones()).containsExactly("+1 555 0100", "+1 555 0199");
            assertThat(mike.urls()).containsExactly("http://mike.example");
            assertThat(mike.notes()).isEqualTo("Likes chess");
        });
    }

    @Test
    void theDesktopExportLeavesExchangeDirectoryEntriesOut() throws IOException {
        Path export = file(DESKTOP_HEADER
                + "\"Ms.\",\"Ana\",\"\",\"Ruiz\",\"\",\"Signalworks\",\"\",\"CTO\",\"\",\"\","
                + "\"/o=Signalworks/ou=Exchange/cn=Recipients/cn=aruiz\",\"EX\",\"Ana Ruiz\",\"ana@ruiz.example\","
                + "\"SMTP\",\"\",\"\"\n");

        List<ImportedPerson> people = reader.read(export);

        assertThat(people).singleElement().satisfies(ana -> {
            assertThat(ana.name()).isEqualTo("Ana Ruiz");
            assertThat(ana.emails()).containsExactly("ana@ruiz.example");
        });
    }

    @Test
    void aGoogleFileIsRefusedNamingTheCommandThatReadsIt() throws IOException {
        Path google = file("Name,Given Name,Additional Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\n"
                + "Ana Ruiz,Ana,,Ruiz,* Work,ana@x.example\n");

        assertThatThrownBy(() -> reader.read(google)).isInstanceOf(InterchangeException.class)
                .hasMessageStartingWith(google + ": no header line like First Name,Middle Name,Last Name")
                .hasMessageEndingWith("It looks like Google Contacts' CSV: try needle import google");
    }

    @Test
    void anUnclosedQuoteIsToldWithItsLine() throws IOException {
        Path export = file(DESKTOP_HEADER + "\"\",\"Ana\",\"\",\"Ruiz\n");

        assertThatThrownBy(() -> reader.read(export)).isInstanceOf(InterchangeException.class)
                .hasMessage(export + ": line 2: a quoted cell starts here and is never closed"
                        + " (a \" is missing; a \" inside a cell is written \"\")");
    }

    @Test
    void thePhoneColumnsSayWhatKindOfNumberItIs() throws IOException {
        String[] cells = new String[33];
        java.util.Arrays.fill(cells, "");
        cells[0] = "Ana";
        cells[2] = "Ruiz";
        cells[17] = "+1 555 0100"; // Primary Phone
        cells[20] = "+1 555 0100"; // Mobile Phone: the same number
        cells[18] = "+1 555 0200"; // Home Phone
        cells[26] = "+1 555 0300"; // Business Fax
        Path export = file(HEADER + String.join(",", cells) + "\n");

        assertThat(reader.read(export)).singleElement().satisfies(ana -> {
            assertThat(ana.reachLabels().of("+1 555 0100"))
                    .isEqualTo(new dev.needle.domain.ReachLabel(List.of("cell"), 1));
            assertThat(ana.reachLabels().of("+1 555 0200").types()).containsExactly("home");
            assertThat(ana.reachLabels().of("+1 555 0300").types()).containsExactly("work", "fax");
        });
    }

    @Test
    void categoriesBirthdaysAndAddressesAreKeptNotDropped() throws IOException {
        // Walked by hand: an export's birthdays, addresses and categories vanished without a word.
        Path export = file(HEADER
                + "Lena,,Vogel,,,,,,3/14/1988,,,,,,lena@vogel.example,,,,,,,,,\"Hauptstraße 5\n1010 Wien\",,,,,"
                + "Vogel GmbH,CEO,,,Work;Nurses\n"
                + "Bo,,Chen,,,,,,0/0/00,,,,,,bo@chen.example,,,,,,,,,,,,,,,,,,\n");

        List<ImportedPerson> people = reader.read(export);

        ImportedPerson lena = people.get(0);
        assertThat(lena.categories()).containsExactly("Work", "Nurses");
        assertThat(lena.foreignFields()).containsExactly("BDAY:19880314",
                "ADR;TYPE=home;LABEL=Hauptstraße 5\\n1010 Wien:;;Hauptstraße 5\\n1010 Wien;;;;");
        assertThat(people.get(1).foreignFields()).as("0/0/00 is Outlook's way of saying none").isEmpty();
        assertThat(people.get(1).categories()).isEmpty();
    }
}
