package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nickname an address book knows is searched as khard and abook search it: Needle keeps it among the
 * card's other programs' fields, and the contacts filter, `needle contacts` and `needle query` find it.
 */
class NicknameSearchTest {
    @TempDir
    Path home;

    private Path file(String name, String text) throws IOException {
        Path path = home.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void aCardsNicknameIsFoundByContactsAndByQuery() throws IOException {
        CliRun cli = new CliRun(home);
        Path card = file("robert.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Fischer\r\nN:Fischer;Robert;;;\r\n"
                + "NICKNAME:Bob,Bobby\r\nEMAIL:robert@fischer.example\r\nEND:VCARD\r\n");
        assertThat(cli.onDisk("import", "vcard", card.toString())).as(cli.err).isZero();

        assertThat(cli.onDisk("contacts", "bob")).as(cli.err).isZero();
        assertThat(cli.out).contains("Robert Fischer");
        assertThat(cli.onDisk("query", "bobby")).as(cli.err).isZero();
        assertThat(cli.out).isEqualTo("Needle: 1 address matching bobby\nrobert@fischer.example\tRobert Fischer\t\n");
    }

    @Test
    void aGoogleAndAnOutlookNicknameAreFoundToo() throws IOException {
        CliRun cli = new CliRun(home);
        Path google = file("contacts.csv", "Name,Given Name,Family Name,Nickname,E-mail 1 - Type,E-mail 1 - Value\n"
                + "Elizabeth Moor,Elizabeth,Moor,Betty,* Home,liz@moor.example\n");
        Path outlook = file("outlook.csv", "First Name,Last Name,Nickname,E-mail Address\n"
                + "Katharina,Brandt,Kiki,kb@brandt.example\n");
        assertThat(cli.onDisk("import", "google", google.toString())).as(cli.err).isZero();
        assertThat(cli.onDisk("import", "outlook", outlook.toString())).as(cli.err).isZero();

        assertThat(cli.onDisk("query", "betty")).as(cli.err).isZero();
        assertThat(cli.out).contains("liz@moor.example\tElizabeth Moor\t");
        assertThat(cli.onDisk("contacts", "kiki")).as(cli.err).isZero();
        assertThat(cli.out).contains("Katharina Brandt");
    }
}
