package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.remind.FakeSmtpServer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code needle remind} straight to an SMTP server: a real conversation with a fake server on 127.0.0.1,
 * the password from a file only the user can read or from the environment, never from config.yaml.
 */
class RemindSmtpTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path home;

    private FakeSmtpServer server;
    private Path config;
    private Path passwordFile;

    @BeforeEach
    void aFollowUpDueTodayAndAServer() throws IOException {
        server = new FakeSmtpServer("PLAIN LOGIN", "me@example.org", PASSWORD);
        Path backup = Files.writeString(home.resolve("backup.yaml"), "needle: backup\nformat: 1\ncontacts:\n"
                + "  - id: 11\n    version: 1\n    name: Bo Chen\n    rapport: 0\n    stage: following-up\n"
                + "    next-follow-up: " + LocalDate.now() + "\n");
        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("import", "yaml", backup.toString())).as(cli.err).isZero();
        config = home.resolve("config.yaml");
        passwordFile = Files.writeString(home.resolve("smtp-password"), PASSWORD + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private void configure(int port, String login) throws IOException {
        Files.writeString(config, "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n    from: needle@example.org\n"
                + "    smtp:\n      host: 127.0.0.1\n      port: " + port + "\n      security: none\n"
                + "      user: me@example.org\n" + login);
    }

    @Test
    void theDigestIsMailedThroughTheServerLoggingInWithThePasswordFromAFileOnlyTheUserCanRead() throws Exception {
        configure(server.port(), "      password-file: " + passwordFile + "\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();
        assertThat(cli.out + cli.err).isEmpty();

        assertThat(server.logins()).singleElement().satisfies(login -> {
            assertThat(login.user()).isEqualTo("me@example.org");
            assertThat(login.password()).isEqualTo(PASSWORD);
        });
        FakeSmtpServer.Delivery delivery = server.deliveries().get(0);
        assertThat(delivery.mailFrom()).isEqualTo("needle@example.org");
        assertThat(delivery.rcptTo()).containsExactly("me@example.org");
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(delivery.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(mail.getSubject()).isEqualTo("Needle: 1 follow-up due");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("needle@example.org");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("me@example.org");
        assertThat((String) mail.getContent()).contains("- Bo Chen (follow-up due today)");

        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();
        assertThat(server.deliveries()).as("sent once a day").hasSize(1);
    }

    @Test
    void thePasswordMayComeFromTheEnvironment() throws Exception {
        configure(server.port(), "      password-env: NEEDLE_SMTP_PASSWORD\n");

        CliRun cli = new CliRun(home, Map.of("NEEDLE_SMTP_PASSWORD", PASSWORD));
        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();

        assertThat(server.logins()).extracting(FakeSmtpServer.Login::password).containsExactly(PASSWORD);
        assertThat(server.deliveries()).hasSize(1);

        CliRun unset = new CliRun(home);
        assertThat(unset.onDisk("--config", config.toString(), "remind", "--dry-run")).isEqualTo(2);
        assertThat(unset.err.strip()).startsWith("needle remind: the environment variable NEEDLE_SMTP_PASSWORD that "
                + "remind: mail: smtp: password-env names is not set").doesNotContain("\n");
    }

    @Test
    void aWrongPasswordExitsThreeWithOneLineAndRecordsNothingAsSent() throws Exception {
        Files.writeString(passwordFile, "a guess\n");
        configure(server.port(), "      password-file: " + passwordFile + "\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).isEqualTo(3);
        assertThat(cli.err.strip()).isEqualTo("needle remind: the mail server 127.0.0.1 (port " + server.port()
                + ") refused the login for me@example.org; check remind: mail: smtp: user and the password; it said: "
                + "535 5.7.8 Authentication credentials invalid; nothing was recorded as sent");
        assertThat(server.deliveries()).isEmpty();

        Files.writeString(passwordFile, PASSWORD + "\n");
        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();
        assertThat(server.deliveries()).as("the next run sends what the failed one did not").hasSize(1);
    }

    @Test
    void aServerThatCannotBeReachedExitsThreeWithOneLine() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        configure(closed, "      password-file: " + passwordFile + "\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).isEqualTo(3);
        assertThat(cli.err.strip()).isEqualTo("needle remind: cannot reach the mail server 127.0.0.1 (port " + closed
                + "): nothing accepts connections there; nothing was recorded as sent");
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedByName() throws Exception {
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        configure(server.port(), "      password-file: " + passwordFile + "\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).isEqualTo(2);
        assertThat(cli.err.strip()).isEqualTo("needle remind: the SMTP password file " + passwordFile + " (mode 0644) can "
                + "be read or changed by other users; make it yours alone with: chmod 600 " + passwordFile);
        assertThat(server.logins()).isEmpty();
        assertThat(server.deliveries()).isEmpty();
    }

    @Test
    void aPasswordWrittenInConfigYamlIsRefused() throws Exception {
        configure(server.port(), "      password: " + PASSWORD + "\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).isEqualTo(2);
        assertThat(cli.err.strip()).startsWith("needle remind: " + config + ": remind: mail: smtp: password is not read "
                + "from config.yaml").contains("password-file", "password-env").doesNotContain("\n", PASSWORD);
        assertThat(server.logins()).isEmpty();
        // Every other command refuses such a file too, rather than leave the password lying there unnoticed.
        assertThat(cli.onDisk("--config", config.toString(), "due")).isEqualTo(2);
        assertThat(cli.err).contains("unknown key 'password'").doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFileWithAPathFromHomeIsFound() throws Exception {
        configure(server.port(), "      password-file: ~/smtp-password\n");

        CliRun cli = new CliRun(home);
        assertThat(cli.onDisk("--config", config.toString(), "remind")).as(cli.err).isZero();
        assertThat(server.logins()).extracting(FakeSmtpServer.Login::password).containsExactly(PASSWORD);
        assertThat(List.copyOf(server.deliveries())).hasSize(1);
    }
}
