package dev.needle.adapter.interchange.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP channel in a real conversation with a fake server on 127.0.0.1 that keeps what it was told. */
class SmtpChannelTest {
    private static final ReminderDigest DIGEST = new ReminderDigest(LocalDate.of(2026, 3, 18),
            List.of(new ReminderDigest.Line("follow-up:2:2026-03-16", "Bo Chen (follow-up overdue since 2026-03-16)")),
            List.of(new ReminderDigest.Line("touch:1:2026-03-12", "José Núñez: last call on 2026-02-26, 6 days overdue")),
            List.of());
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 18, 7, 0, 0, 0, ZoneOffset.UTC);

    private FakeSmtpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeSmtpServer("PLAIN LOGIN", "me@example.org", "s3cret pass");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private SmtpChannel channel(int port, String password) {
        return new SmtpChannel(new SmtpChannel.Server("127.0.0.1", port, SmtpChannel.Security.NONE),
                Optional.of(new SmtpChannel.Login("me@example.org", password)), "needle@example.org", "me@example.org", AT);
    }

    @Test
    void theDigestArrivesAsOneMailWithItsSubjectSenderRecipientAndBodyAfterLoggingIn() throws Exception {
        channel(server.port(), "s3cret pass").send(DIGEST);

        assertThat(server.logins()).extracting(FakeSmtpServer.Login::user, FakeSmtpServer.Login::password)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("me@example.org", "s3cret pass"));
        assertThat(server.deliveries()).hasSize(1);
        FakeSmtpServer.Delivery delivery = server.deliveries().get(0);
        assertThat(delivery.mailFrom()).isEqualTo("needle@example.org");
        assertThat(delivery.rcptTo()).containsExactly("me@example.org");
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(delivery.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(mail.getSubject()).isEqualTo("Needle: 1 follow-up due, 1 person losing touch");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("needle@example.org");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("me@example.org");
        assertThat(mail.getSentDate()).isEqualTo(java.util.Date.from(AT.toInstant()));
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(DIGEST.body().replace("\r\n", "\n"));
        assertThat((String) mail.getContent()).contains("José Núñez: last call on 2026-02-26, 6 days overdue");
    }

    @Test
    void bothLoginMechanismsCarryThePassword() throws Exception {
        try (FakeSmtpServer loginOnly = new FakeSmtpServer("LOGIN", "me@example.org", "s3cret pass");
             FakeSmtpServer plainOnly = new FakeSmtpServer("PLAIN", "me@example.org", "s3cret pass")) {
            channel(loginOnly.port(), "s3cret pass").send(DIGEST);
            channel(plainOnly.port(), "s3cret pass").send(DIGEST);

            assertThat(loginOnly.logins()).extracting(FakeSmtpServer.Login::mechanism).containsExactly("LOGIN");
            assertThat(plainOnly.logins()).extracting(FakeSmtpServer.Login::mechanism).containsExactly("PLAIN");
            assertThat(loginOnly.deliveries()).hasSize(1);
            assertThat(plainOnly.deliveries()).hasSize(1);
        }
    }

    @Test
    void aWrongPasswordIsOneLineNamingTheServerAndUserWithTheServersReply() {
        assertThatThrownBy(() -> channel(server.port(), "guess").send(DIGEST)).isInstanceOf(ReminderChannel.Failed.class)
                .hasMessage("the mail server 127.0.0.1 (port " + server.port() + ") refused the login for me@example.org; "
                        + "check remind: mail: smtp: user and the password; it said: 535 5.7.8 Authentication credentials invalid");
        assertThat(server.deliveries()).isEmpty();
    }

    @Test
    void aServerNobodyRunsIsOneLine() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        assertThatThrownBy(() -> channel(closed, "s3cret pass").send(DIGEST)).isInstanceOf(ReminderChannel.Failed.class)
                .hasMessage("cannot reach the mail server 127.0.0.1 (port " + closed + "): nothing accepts connections there");
    }

    @Test
    void starttlsIsRequiredSoAServerWithoutItNeverSeesThePassword() {
        SmtpChannel starttls = new SmtpChannel(new SmtpChannel.Server("127.0.0.1", server.port(), SmtpChannel.Security.STARTTLS),
                Optional.of(new SmtpChannel.Login("me@example.org", "s3cret pass")), "needle@example.org", "me@example.org", AT);

        assertThatThrownBy(() -> starttls.send(DIGEST)).isInstanceOf(ReminderChannel.Failed.class)
                .hasMessage("the mail server 127.0.0.1 (port " + server.port() + ") does not offer STARTTLS, so the password "
                        + "and the mail would travel unencrypted; use security: tls if it takes TLS from the start (usually port 465)");
        assertThat(server.logins()).isEmpty();
        assertThat(server.deliveries()).isEmpty();
    }

    @Test
    void anUnknownHostNameIsSaidPlainly() {
        SmtpChannel nowhere = new SmtpChannel(new SmtpChannel.Server("no-such-host.invalid", 587, SmtpChannel.Security.STARTTLS),
                Optional.empty(), "needle@example.org", "me@example.org", AT);

        assertThatThrownBy(() -> nowhere.send(DIGEST)).isInstanceOf(ReminderChannel.Failed.class)
                .hasMessage("the mail server name no-such-host.invalid could not be found (remind: mail: smtp: host)");
    }

    @Test
    void thePasswordIsNeverShown() {
        assertThat(new SmtpChannel.Login("me", "s3cret pass").toString()).doesNotContain("s3cret");
    }
}
