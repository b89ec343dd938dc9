package dev.needle.adapter.interchange.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two reminder channels against fake programs on a PATH of the test's own: each fake records its
 * arguments and standard input, so the test sees exactly what sendmail or notify-send was given.
 */
class ReminderChannelsTest {
    private static final ReminderDigest DIGEST = new ReminderDigest(LocalDate.of(2026, 3, 18),
            List.of(new ReminderDigest.Line("follow-up:2:2026-03-16", "Bo Chen (follow-up overdue since 2026-03-16)")),
            List.of(new ReminderDigest.Line("touch:1:2026-03-12", "José Núñez: last call on 2026-02-26, 6 days overdue")),
            List.of());
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 18, 7, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A program on the test's PATH that records its arguments (one a line) and its input, then exits with {@code status}. */
    private Path fake(String name, int status, String stderr) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + dir.resolve(name + ".args") + "\"\n"
                + "cat > \"" + dir.resolve(name + ".stdin") + "\"\n"
                + (stderr.isEmpty() ? "" : "echo '" + stderr + "' >&2\n")
                + "exit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Map<String, String> path(Path bin) {
        return Map.of("PATH", bin + ":/usr/bin:/bin");
    }

    @Test
    void mailGoesToSendmailWithTheRecipientAsItsLastArgumentAndTheMessageOnItsInput() throws IOException {
        Path bin = fake("sendmail", 0, "");

        new MailChannel(List.of("sendmail", "-oi"), "me@example.org", Optional.of("needle@localhost"), path(bin), AT)
                .send(DIGEST);

        assertThat(Files.readAllLines(dir.resolve("sendmail.args"))).containsExactly("-oi", "me@example.org");
        String message = Files.readString(dir.resolve("sendmail.stdin"), StandardCharsets.UTF_8);
        assertThat(message).startsWith("From: needle@localhost\r\nTo: me@example.org\r\n"
                + "Subject: Needle: 1 follow-up due, 1 person losing touch\r\nDate: Wed, 18 Mar 2026 07:00:00 GMT\r\n")
                .contains("Content-Type: text/plain; charset=UTF-8\r\n")
                .contains("\r\n\r\nFollow-ups due:\r\n- Bo Chen (follow-up overdue since 2026-03-16)\r\n\r\n"
                        + "Losing touch:\r\n- José Núñez: last call on 2026-02-26, 6 days overdue\r\n");
    }

    @Test
    void aMailProgramThatFailsIsReportedInOneLineWithWhatItSaid() throws IOException {
        Path bin = fake("msmtp", 75, "msmtp: cannot connect to mail.example.org, port 587");

        assertThatThrownBy(() -> new MailChannel(List.of("msmtp"), "me@example.org", Optional.empty(), path(bin), AT)
                .send(DIGEST)).isInstanceOf(ReminderChannel.Failed.class)
                .hasMessage("msmtp failed (exit status 75): msmtp: cannot connect to mail.example.org, port 587");
    }

    @Test
    void aMissingMailProgramIsNamed() {
        assertThatThrownBy(() -> new MailChannel(List.of("no-such-sendmail"), "me@example.org", Optional.empty(),
                Map.of("PATH", dir.toString()), AT).send(DIGEST))
                .hasMessage("no-such-sendmail was not found on the PATH");
    }

    @Test
    void aNotificationGoesToNotifySendWithTheSubjectAndTheBody() throws IOException {
        Path bin = fake("notify-send", 0, "");

        new DesktopNotificationChannel(Map.of("PATH", bin.toString(), "DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/none"))
                .send(DIGEST);

        assertThat(Files.readString(dir.resolve("notify-send.args"))).isEqualTo("--app-name=Needle\n"
                + "--icon=x-office-address-book\nNeedle: 1 follow-up due, 1 person losing touch\nFollow-ups due:\n"
                + "- Bo Chen (follow-up overdue since 2026-03-16)\n\nLosing touch:\n"
                + "- José Núñez: last call on 2026-02-26, 6 days overdue\n\n");
    }

    @Test
    void withoutASessionBusNothingIsRunAndTheReasonIsSaid() throws IOException {
        Path bin = fake("notify-send", 0, "");

        assertThatThrownBy(() -> new DesktopNotificationChannel(Map.of("PATH", bin.toString())).send(DIGEST))
                .isInstanceOf(ReminderChannel.Failed.class)
                .hasMessageStartingWith("no desktop session bus is reachable");
        assertThat(dir.resolve("notify-send.args")).doesNotExist();
    }

    @Test
    void theSystemdUserBusSocketCountsAsASessionBus() throws IOException {
        Files.createFile(dir.resolve("bus"));

        assertThat(new DesktopNotificationChannel(Map.of("XDG_RUNTIME_DIR", dir.toString())).sessionBus())
                .contains("unix:path=" + dir.resolve("bus"));
    }
}
