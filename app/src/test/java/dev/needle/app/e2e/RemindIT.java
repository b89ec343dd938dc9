package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.remind.FakeSmtpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code needle due} and {@code needle remind} as cron runs them: the real jar, a database restored
 * from a backup whose interactions are dated in the past, and a fake {@code sendmail} / {@code notify-send}
 * on the PATH that records its arguments and standard input.
 */
class RemindIT {
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;
    private Path data;
    private Path bin;
    private Path config;
    private String java;
    private String jar;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void restoreAWeekOfInteractions() throws Exception {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jar = Tools.needleJar().toString();
        data = dir.resolve("data");
        bin = Files.createDirectories(dir.resolve("bin"));
        config = dir.resolve("config.yaml");
        Files.writeString(config, "");
        Path backup = dir.resolve("backup.yaml");
        Files.writeString(backup, "needle: backup\nformat: 1\n"
                + "needs:\n  - id: 1\n    version: 1\n    title: Intro to Acme\n    kind: introduction\n"
                + "    targets:\n      - company: Acme\n    priority: 1\n    status: open\n"
                + "contacts:\n"
                + "  - id: 10\n    version: 1\n    name: Ana Lima\n    company: Acme\n    rapport: 0\n    stage: relationship\n"
                + "  - id: 11\n    version: 1\n    name: Bo Chen\n    rapport: 0\n    stage: following-up\n"
                + "    next-follow-up: " + TODAY + "\n"
                + "  - id: 12\n    version: 1\n    name: Cy Park\n    rapport: 0\n    stage: relationship\n"
                + "    offers:\n      - mentors\n"
                + "interactions:\n"
                + "  - id: 20\n    contact: 10\n    date: " + TODAY.minusDays(20) + "\n    channel: call\n    minutes: 20\n"
                + "  - id: 21\n    contact: 12\n    date: " + TODAY.minusDays(3) + "\n    channel: email\n"
                + "keep-in-touch:\n  - contact: 10\n    every: 2w\n    since: " + TODAY.minusDays(60) + "\n"
                + "tag-cadences:\n  - tag: mentors\n    every: 1m\n    since: " + TODAY.minusDays(60) + "\n",
                StandardCharsets.UTF_8);
        Run restored = needle("import", "yaml", backup.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
    }

    private Path fake(String name, int status, String stderr) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '" + dir.resolve(name + ".args") + "'\n"
                + "cat >> '" + dir.resolve(name + ".stdin") + "'\n"
                + (stderr.isEmpty() ? "" : "echo '" + stderr + "' >&2\n") + "exit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private Run needle(String... args) throws IOException, InterruptedException {
        return needle(Map.of(), args);
    }

    private Run needle(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar, "--data-dir", data.toString(), "--config",
                config.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.putAll(extraEnv);
        builder.environment().clear();
        builder.environment().putAll(env);
        int status = builder.start().waitFor();
        return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void dueListsWhoIsLosingTouchLongestOverdueFirst() throws Exception {
        Run due = needle("due");
        assertThat(due.status()).isZero();
        assertThat(due.out()).startsWith("Ana Lima  6 days overdue  last call " + TODAY.minusDays(20)
                + "  every 2 weeks (own)  serves: \"Intro to Acme\"");
        assertThat(due.out()).doesNotContain("Cy Park");

        Run within = needle("due", "--within", "4w", "--json");
        assertThat(within.out()).contains("\"name\":\"Cy Park\"", "\"cadence\":\"1m\"", "\"cadence_from\":\"tag:mentors\"",
                "\"last_interaction\":{\"date\":\"" + TODAY.minusDays(3) + "\",\"channel\":\"email\"}");
    }

    @Test
    void remindMailsOneDigestThroughSendmailOnceADay() throws Exception {
        fake("sendmail", 0, "");
        Files.writeString(config, "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n    command: sendmail -oi\n");

        Run first = needle("remind");
        Run second = needle("remind");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("sendmail.args"))).containsExactly("-oi", "me@example.org");
        String mail = Files.readString(dir.resolve("sendmail.stdin"), StandardCharsets.UTF_8);
        assertThat(mail).contains("To: me@example.org\r\n", "Subject: Needle: 1 follow-up due, 1 person losing touch\r\n",
                "- Bo Chen (follow-up due today)\r\n",
                "- Ana Lima: last call on " + TODAY.minusDays(20) + ", 6 days overdue; keep in touch every 2 weeks; "
                        + "can help with \"Intro to Acme\"\r\n");
        assertThat(second.status()).isZero();
        assertThat(second.out() + second.err()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("sendmail.args"))).hasSize(2); // the second run sent nothing
    }

    @Test
    void aFailingMailProgramExitsThreeWithOneLineAndTheNextRunTriesAgain() throws Exception {
        Path sendmail = fake("sendmail", 75, "sendmail: cannot connect to the relay");
        Files.writeString(config, "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n");

        Run failed = needle("remind");
        assertThat(failed.status()).isEqualTo(3);
        assertThat(failed.err().strip()).isEqualTo("needle remind: sendmail failed (exit status 75): sendmail: cannot "
                + "connect to the relay; nothing was recorded as sent").doesNotContain("\n");

        Files.delete(sendmail);
        fake("sendmail", 0, "");
        Run retried = needle("remind");
        assertThat(retried.status()).isZero();
        assertThat(Files.readString(dir.resolve("sendmail.stdin"), StandardCharsets.UTF_8)).contains("Bo Chen");
    }

    @Test
    void theDesktopChannelRunsNotifySendWhenASessionBusIsThere() throws Exception {
        fake("notify-send", 0, "");

        Run withoutBus = needle("remind");
        assertThat(withoutBus.status()).isEqualTo(3);
        assertThat(withoutBus.err()).startsWith("needle remind: no desktop session bus is reachable");

        Run withBus = needle(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("bus")), "remind");
        assertThat(withBus.status()).as(withBus.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("notify-send.args"))).startsWith("--app-name=Needle",
                "--icon=x-office-address-book", "Needle: 1 follow-up due, 1 person losing touch", "Follow-ups due:");
    }

    @Test
    void helpGivesTheExitCodesAndAnExample() throws Exception {
        Run help = needle("remind", "--help");
        assertThat(help.out()).contains("Exit codes:", "Example", "needle remind --dry-run", "systemctl --user");
        assertThat(needle("due", "--help").out()).contains("Exit codes:", "needle due --within 7d");
    }

    @Test
    void remindMailsStraightToAnSmtpServerWithThePasswordFromAPrivateFile() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer("PLAIN LOGIN", "me@example.org", "pass word")) {
            Path password = Files.writeString(dir.resolve("smtp-password"), "pass word\n");
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(config, "remind:\n  channel: mail\n  mail:\n    to: me@example.org\n    smtp:\n"
                    + "      host: 127.0.0.1\n      port: " + server.port() + "\n      security: none\n"
                    + "      user: me@example.org\n      password-file: ~/smtp-password\n");

            Run sent = needle("remind");

            assertThat(sent.status()).as(sent.err()).isZero();
            assertThat(sent.out() + sent.err()).isEmpty();
            assertThat(server.logins()).extracting(FakeSmtpServer.Login::password).containsExactly("pass word");
            assertThat(server.deliveries()).singleElement().satisfies(mail -> {
                assertThat(mail.mailFrom()).isEqualTo("me@example.org");
                assertThat(mail.rcptTo()).containsExactly("me@example.org");
                assertThat(mail.data()).contains("Subject: Needle: 1 follow-up due, 1 person losing touch\r\n",
                        "From: me@example.org\r\n", "- Bo Chen (follow-up due today)");
            });

            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
            Run refused = needle("remind", "--dry-run");
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err().strip()).isEqualTo("needle remind: the SMTP password file " + password + " (mode 0644) "
                    + "can be read or changed by other users; make it yours alone with: chmod 600 " + password);
        }
    }
}
