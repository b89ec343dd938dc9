package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's remind: mail: smtp: section: defaults that fit each security, and settings refused in words. */
class RemindConfigSmtpTest {
    @TempDir
    Path dir;

    private RemindConfig read(String smtp) throws IOException {
        Path file = Files.writeString(dir.resolve("config.yaml"), "remind:\n  channel: mail\n  mail:\n"
                + "    to: me@example.org\n    smtp:\n" + smtp.indent(6));
        return RemindConfig.read(file, Path.of("/home/ana"));
    }

    @Test
    void thePortFollowsTheSecurityAndTheSenderDefaultsToTheLoginAddress() throws IOException {
        RemindConfig starttls = read("host: smtp.example.org\nuser: ana@example.org\npassword-env: SMTP_PASSWORD");
        assertThat(starttls.smtp().orElseThrow()).isEqualTo(new SmtpConfig("smtp.example.org", 587,
                SmtpConfig.Security.STARTTLS, Optional.of("ana@example.org"),
                Optional.of(SmtpPassword.inEnvironment("SMTP_PASSWORD"))));
        assertThat(starttls.from()).contains("ana@example.org");
    }

    @Test
    void aLoginThatIsNotAnAddressNeedsAFrom() {
        assertThatThrownBy(() -> read("host: smtp.example.org\nsecurity: tls\nuser: ana\npassword-file: ~/.smtp-password"))
                .hasMessageEndingWith("remind: mail: from is needed to send by SMTP: the address the reminder comes from");
    }

    @Test
    void aRelayWithoutLoginAndAPasswordFileFromHome() throws IOException {
        assertThatThrownBy(() -> read("host: localhost\nsecurity: none")).hasMessageContaining("from is needed");
        Path relay = Files.writeString(dir.resolve("relay.yaml"), "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n"
                + "    from: needle@example.org\n    smtp:\n      host: localhost\n      security: none\n");
        assertThat(RemindConfig.read(relay, dir).smtp().orElseThrow()).isEqualTo(new SmtpConfig("localhost", 25, SmtpConfig.Security.NONE, Optional.empty(), Optional.empty()));
        Path file = Files.writeString(dir.resolve("config.yaml"), "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n"
                + "    from: needle@example.org\n    smtp:\n      host: mail.example.org\n      port: 2525\n"
                + "      security: tls\n      user: ana\n      password-file: ~/.config/needle/smtp-password\n");
        assertThat(RemindConfig.read(file, Path.of("/home/ana")).smtp().orElseThrow()).isEqualTo(new SmtpConfig(
                "mail.example.org", 2525, SmtpConfig.Security.TLS, Optional.of("ana"),
                Optional.of(SmtpPassword.inFile(Path.of("/home/ana/.config/needle/smtp-password")))));
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> read("port: 587")).hasMessageEndingWith("remind: mail: smtp: host names no mail server");
        assertThatThrownBy(() -> read("host: h\nsecurity: ssl"))
                .hasMessageEndingWith("remind: mail: smtp: security is \"ssl\"; write starttls, tls or none");
        assertThatThrownBy(() -> read("host: h\nport: smtp"))
                .hasMessageEndingWith("remind: mail: smtp: port is \"smtp\"; write a number such as 587");
        assertThatThrownBy(() -> read("host: h\nuser: a@b.org"))
                .hasMessageContaining("remind: mail: smtp: user is set but no password");
        assertThatThrownBy(() -> read("host: h\npassword-env: P"))
                .hasMessageEndingWith("remind: mail: smtp: has a password but no user to log in as");
        assertThatThrownBy(() -> read("host: h\nuser: a@b.org\npassword-env: P\npassword-file: /p"))
                .hasMessageEndingWith("remind: mail: smtp: names both password-file and password-env; keep one");
        assertThatThrownBy(() -> read("host: h\nuser: a@b.org\npassword: hunter2"))
                .hasMessageContaining("remind: mail: smtp: password is not read from config.yaml")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aCommandAndAServerTogetherAreRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("config.yaml"), "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n"
                + "    command: msmtp\n    smtp:\n      host: h\n");
        assertThatThrownBy(() -> RemindConfig.read(file, dir)).hasMessageContaining("names both a command and smtp");
    }
}
