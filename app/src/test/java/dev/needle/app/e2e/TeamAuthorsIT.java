package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two partners, Alice and Bob, each in their own HOME running the real jar against one PostgreSQL
 * database: what each adds is marked with their name in {@code --json} and on the contact page, and
 * when both edit Maria's role at once, the one who saves second is told who changed it and when.
 *
 * <p>Who is who comes from {@code --me}, as a partner on a shared machine would give it (or write
 * {@code me:} in their config.yaml): each joins the team under that name on first use.
 */
class TeamAuthorsIT {
    @TempDir
    Path dir;
    private EmbeddedPostgres postgres;
    private String url;
    private String java;
    private String jar;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void startPostgres() throws Exception {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jar = Tools.needleJar().toString();
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            throw Tools.unavailable("embedded PostgreSQL could not start (" + e.getMessage() + ")");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE bakery");
        }
        url = postgres.getJdbcUrl("postgres", "bakery");
    }

    @AfterEach
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private Path home(String account) throws IOException {
        return Files.createDirectories(dir.resolve(account));
    }

    private Map<String, String> env(String account) throws IOException {
        return Map.of("HOME", home(account).toString(), "TERM", "xterm-256color", "LANG", "C.UTF-8",
                "PATH", "/usr/bin:/bin");
    }

    /** The jar as {@code account} runs it: their own HOME, the shared database. */
    private List<String> command(String account) {
        String name = account.substring(0, 1).toUpperCase(Locale.ROOT) + account.substring(1);
        return new ArrayList<>(List.of(java, "-jar", jar, "--me", name, "--db", url));
    }

    private Run needle(String account, String... args) throws IOException, InterruptedException {
        List<String> command = command(account);
        command.addAll(List.of(args));
        Path out = dir.resolve(account + "-out.txt");
        Path err = dir.resolve(account + "-err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env(account));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path card(String account, String name, String company) throws IOException {
        return Files.writeString(home(account).resolve("card.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + name
                + "\r\nORG:" + company + "\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
    }

    /** A direction and a need, so the full screen opens on Today rather than the first-run setup. */
    private void plan() throws IOException, InterruptedException {
        Path yaml = Files.writeString(home("alice").resolve("plan.yaml"), """
                needle: backup
                format: 1
                directions:
                  - id: 1
                    version: 1
                    kind: job-search
                    statement: Open a second bakery.
                    since: 2026-01-05
                needs:
                  - id: 2
                    version: 1
                    title: A second oven
                    kind: leads
                    priority: 1
                    status: open
                """, StandardCharsets.UTF_8);
        Run restored = needle("alice", "import", "yaml", yaml.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
    }

    @Test
    void eachPartnersWorkCarriesTheirNameAndAClashingEditNamesTheOther() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux");
        plan();
        Run alice = needle("alice", "import", "vcard", card("alice", "Maria Lopez", "Bluebird").toString());
        assertThat(alice.status()).as(alice.err()).isZero();
        Run bob = needle("bob", "import", "vcard", card("bob", "Ines Park", "Flour Co").toString());
        assertThat(bob.status()).as(bob.err()).isZero();
        Run triage = needle("bob", "triage", "Maria Lopez", "--record", "--json");
        assertThat(triage.status()).as(triage.err()).isZero();
        assertThat(triage.out()).contains("\"added_by\":\"Bob\"");

        Run contacts = needle("alice", "contacts", "--json");
        assertThat(contacts.status()).as(contacts.err()).isZero();
        assertThat(contacts.out()).containsPattern("\"name\":\"Ines Park\".*?\"added_by\":\"Bob\"")
                .containsPattern("\"name\":\"Maria Lopez\".*?\"added_by\":\"Alice\"");
        Run needs = needle("bob", "needs", "--json");
        assertThat(needs.out()).as("a record older than the team is the founder's").contains("\"added_by\":\"Alice\"");

        String alicesShell = String.join(" ", command("alice").stream().map(Shell::quote).toList());
        String bobsShell = String.join(" ", command("bob").stream().map(Shell::quote).toList());
        try (Tmux alices = Tmux.start(home("alice"), env("alice"), 100, 30, alicesShell);
             Tmux bobs = Tmux.start(home("bob"), env("bob"), 100, 30, bobsShell)) {
            for (Tmux screen : List.of(alices, bobs)) {
                // On a team Today splits them: "My requests waiting for triage", "The team's requests …".
                screen.waitFor("Today's requests waiting for triage",
                        s -> s.toLowerCase(Locale.ROOT).contains("requests waiting for triage"));
                screen.type("3");
                screen.waitForText("Maria Lopez");
                screen.type("j");
                screen.type("e");
                screen.waitFor("Maria in the edit form", s -> s.contains("Edit contact") && s.contains("Maria Lopez"));
                screen.sendKeys("Tab", "Tab", "C-u");
            }
            bobs.type("Head baker");
            bobs.sendKeys("C-s");
            bobs.waitForText("Saved Maria Lopez");
            alices.type("Owner");
            alices.sendKeys("C-s");
            String clash = alices.waitForText("Maria Lopez was changed by Bob at ");
            assertThat(clash).contains("while you typed");

            bobs.sendKeys("Enter");
            String page = bobs.waitForText("Added by Alice");
            assertThat(page).containsPattern("Added by Alice at \\d\\d:\\d\\d · changed by Bob at \\d\\d:\\d\\d");
        }
    }
}
