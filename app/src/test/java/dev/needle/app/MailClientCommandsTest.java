package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `needle query` as mutt's query_command (and aerc's address-book-cmd), and `add-from-mail` as its pipe. */
class MailClientCommandsTest {
    @TempDir
    Path home;

    private CliRun cli;
    private final InputStream stdin = System.in;

    @BeforeEach
    void importTheFixture() throws IOException {
        Path backup = home.resolve("backup.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.write(backup, in.readAllBytes());
        }
        cli = new CliRun(home);
        assertThat(cli.onDisk("import", "yaml", backup.toString())).as(cli.err).isZero();
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int pipe(String message, String... args) {
        System.setIn(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        return cli.onDisk(args);
    }

    @Test
    void queryPrintsAStatusLineThenOneTabSeparatedLinePerAddress() {
        assertThat(cli.onDisk("query", "acme")).isZero();
        assertThat(cli.out).isEqualTo("Needle: 1 address matching acme\nana@example.org\tAna Lima\tAcme Corp\n");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void queryExitsOneWithOnlyTheStatusLineWhenNoAddressMatches() {
        // Ana Souza matches by name but has no address: nothing for a mail client.
        assertThat(cli.onDisk("query", "souza")).isEqualTo(1);
        assertThat(cli.out).isEqualTo("No address in Needle matches souza\n");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aSenderNeedleDoesNotKnowBecomesAContactThatQueryFinds() {
        String message = "From: =?UTF-8?Q?Jo=C3=A3o_Reis?= <joao@example.pt>\nSubject: hello\n\nHi!\n";

        assertThat(pipe(message, "add-from-mail")).as(cli.err).isZero();
        assertThat(cli.out).isEqualTo("Added João Reis <joao@example.pt>\n");
        assertThat(cli.onDisk("query", "joao")).isZero();
        assertThat(cli.out).endsWith("joao@example.pt\tJoão Reis\t\n");

        assertThat(pipe(message, "add-from-mail")).isZero();
        assertThat(cli.out).matches("Known already: \\d+ João Reis <joao@example.pt>\n");
    }

    /** Outlook and Exchange write "Family, Given": the address book lists the person as they say their name. */
    @Test
    void aSenderNamedFamilyNameFirstIsAddedGivenNameFirst() {
        String message = "From: \"=?iso-8859-1?q?=D8stergaard=2C_S=F8ren?=\" <Soren.Ostergaard@orsted.example> (Orsted)\n"
                + "Subject: Call next week\n\nHej\n";

        assertThat(pipe(message, "add-from-mail")).as(cli.err).isZero();

        assertThat(cli.out).isEqualTo("Added Søren Østergaard <Soren.Ostergaard@orsted.example>\n");
        assertThat(cli.onDisk("query", "ostergaard")).isZero();
        assertThat(cli.out).endsWith("Soren.Ostergaard@orsted.example\tSøren Østergaard\t\n");
    }

    @Test
    void aKnownAddressIsNamedAndNothingChanges() {
        cli.onDisk("export", "yaml");
        String before = cli.out;

        assertThat(pipe("From: Someone Else <ANA@example.org>\n\n", "add-from-mail")).isZero();
        assertThat(cli.out).isEqualTo("Known already: 10 Ana Lima <ANA@example.org>\n");
        cli.onDisk("export", "yaml");
        assertThat(cli.out).isEqualTo(before);
    }

    @Test
    void somethingThatIsNotAMessageIsRefusedInOneLine() {
        assertThat(pipe("just some text\n", "add-from-mail")).isEqualTo(1);
        assertThat(cli.err).isEqualTo("needle add-from-mail: the message on stdin: no From: header; is this a mail "
                + "message? Nothing added.\n");
    }
}
