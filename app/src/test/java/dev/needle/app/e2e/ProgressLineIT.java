package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees while an import or an export runs: on a terminal, a line counting the records on
 * stderr that is gone when the command ends; with stderr going to a file, nothing at all; and an
 * export to stdout stays exactly the records, whatever stderr is.
 */
class ProgressLineIT {
    private static final String CARDS = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Ruiz\r\nORG:Acme\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Chen\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cy Diaz\r\nEND:VCARD\r\n";

    @TempDir
    Path work;
    private Path home;
    private Path data;
    private String java;
    private String jar;

    @BeforeEach
    void fillADatabase() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jar = Tools.needleJar().toString();
        home = Files.createDirectory(work.resolve("home"));
        data = work.resolve("data");
        Path cards = Files.writeString(work.resolve("people.vcf"), CARDS, StandardCharsets.UTF_8);
        assertThat(needle(work.resolve("import.out"), work.resolve("import.err"), "import", "vcard", cards.toString()))
                .isZero();
    }

    @Test
    void onATerminalTheCountShowsAndIsClearedBeforeTheEnd() throws Exception {
        Path go = work.resolve("go");
        Path seen = work.resolve("pane.bytes");
        Path output = work.resolve("backup.yaml");
        // The export waits for the recording to start, so every byte it writes to the terminal is seen.
        String command = "sh -c " + Shell.quote("while [ ! -e " + Shell.quote(go.toString()) + " ]; do sleep 0.05; done; "
                + "exec " + Shell.quote(java) + " -jar " + Shell.quote(jar) + " --data-dir " + Shell.quote(data.toString())
                + " export yaml -o " + Shell.quote(output.toString()));
        try (Tmux tmux = Tmux.start(work, env(), 100, 20, command)) {
            tmux.recordOutput(seen);
            Files.createFile(go);
            String screen = tmux.waitForText("[exit 0]");
            String written = waitForRecorded(seen, "[exit 0]");

            // 3 contacts and nothing else: three records counted, drawn in place with carriage returns.
            assertThat(written).contains("\rexporting: 3 / 3");
            String beforeExit = written.substring(0, written.indexOf("[exit 0]"));
            assertThat(beforeExit).as("the last thing written blanks the line and returns to its start")
                    .matches("(?s).*\r {16,}\r$");
            assertThat(screen).doesNotContain("exporting", "reading records");
        }
        assertThat(Files.readString(output)).startsWith("needle: backup\n").contains("name: Cy Diaz");
    }

    @Test
    void anImportOnATerminalCountsMatchingAndStoringThenSaysItCommitsAndClearsTheLine() throws Exception {
        Path go = work.resolve("go");
        Path seen = work.resolve("pane.bytes");
        Path cards = work.resolve("people.vcf");
        // Its report goes to a file, as in `needle import vcard x.vcf > report.txt`: stderr alone is the terminal.
        Path report = work.resolve("report.txt");
        String command = "sh -c " + Shell.quote("while [ ! -e " + Shell.quote(go.toString()) + " ]; do sleep 0.05; done; "
                + "exec " + Shell.quote(java) + " -jar " + Shell.quote(jar) + " --data-dir " + Shell.quote(work.resolve("fresh").toString())
                + " import vcard " + Shell.quote(cards.toString()) + " > " + Shell.quote(report.toString()));
        try (Tmux tmux = Tmux.start(work, env(), 100, 20, command)) {
            tmux.recordOutput(seen);
            Files.createFile(go);
            String screen = tmux.waitForText("[exit 0]");
            String written = waitForRecorded(seen, "[exit 0]");

            assertThat(written).contains("\rimporting: 3 / 3", "\rcommitting 3 contacts …");
            String beforeExit = written.substring(0, written.indexOf("[exit 0]"));
            assertThat(beforeExit).as("the last thing written blanks the line and returns to its start")
                    .matches("(?s).*\r {20,}\r$");
            assertThat(screen).doesNotContain("importing", "committing");
        }
        assertThat(Files.readString(report)).contains("created 3");
    }

    @Test
    void withStderrInAFileNothingIsWrittenThere() throws Exception {
        Path err = work.resolve("export.err");
        assertThat(needle(work.resolve("export.out"), err, "export", "yaml", "-o", work.resolve("b.yaml").toString()))
                .isZero();
        assertThat(Files.readString(err)).isEmpty();
    }

    @Test
    void anExportToStdoutIsOnlyTheRecords() throws Exception {
        Path out = work.resolve("export.out");
        Path err = work.resolve("export.err");
        assertThat(needle(out, err, "export", "vcard")).isZero();

        String cards = Files.readString(out);
        assertThat(cards).startsWith("BEGIN:VCARD\r\n").endsWith("END:VCARD\r\n");
        assertThat(cards.split("BEGIN:VCARD", -1)).hasSize(4);
        assertThat(Files.readString(err)).isEmpty();
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C");
        return env;
    }

    /** Runs the jar as a plain process (no terminal anywhere), stdout and stderr each into a file. */
    private int needle(Path out, Path err, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar, "--data-dir", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env());
        return builder.start().waitFor();
    }

    /** tmux copies the pane's bytes to the file a moment after they are drawn. */
    private static String waitForRecorded(Path file, String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String recorded = "";
        while (Instant.now().isBefore(deadline)) {
            recorded = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (recorded.contains(text)) {
                return recorded;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Waited 30 s for " + text + " in the terminal's output; it was:\n" + recorded);
    }
}
