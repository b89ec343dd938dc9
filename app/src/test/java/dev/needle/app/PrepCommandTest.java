package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code needle prep}: an event's prep sheet as Markdown, found by id or by name. */
class PrepCommandTest {
    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void plan() throws IOException {
        String backup = new String(getClass().getResourceAsStream("/fixtures/backup.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        backup = backup.replace("budget:\n", """
                events:
                  - id: 30
                    version: 1
                    name: UX meetup
                    date: 2026-04-02
                    place: Library
                  - id: 31
                    version: 1
                    name: UX breakfast
                    date: 2026-04-09
                  - id: 32
                    version: 1
                    name: Design night
                    date: 2026-04-16
                    starts-at: "19:00"
                    expected: [10, 11, 12]
                budget:
                """);
        Files.writeString(tmp.resolve("plan.yaml"), backup);
        assertThat(run("import", "yaml", tmp.resolve("plan.yaml").toString())).as(err.toString()).isZero();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        NeedleCommand command = new NeedleCommand(() -> false, Map.of(
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(),
                "TERM", "xterm-256color"));
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        try {
            return cmd.execute(all);
        } finally {
            try {
                command.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void writesThePrepSheetOfTheEventNamedToAFile() throws IOException {
        Path file = tmp.resolve("prep.md");
        assertThat(run("prep", "UX meetup", "-o", file.toString())).as(err.toString()).isZero();

        assertThat(Files.readString(file)).startsWith("# Prep sheet: UX meetup\n").contains("2026-04-02 · Library")
                .contains("### 1. Introduction at Acme").contains("**Ana Lima** (Design lead, Acme Corp)");
    }

    @Test
    void findsTheEventByIdAndPrintsToStdoutWithoutAFile() {
        assertThat(run("prep", "31")).isZero();
        assertThat(out.toString()).startsWith("# Prep sheet: UX breakfast");
    }

    @Test
    void anAmbiguousOrUnknownEventIsRefusedNamingTheCandidates() {
        assertThat(run("prep", "UX")).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(err.toString()).contains("matches several events").contains("30 UX meetup").contains("31 UX breakfast");
        assertThat(run("prep", "gala")).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(err.toString()).contains("no event matches \"gala\"");
    }

    @Test
    void theSheetSaysWhomToAskWhatFirstWithAQuestionForEachPersonThere() {
        // It listed the questions per need; the user had to work out which of the three to ask what.
        assertThat(run("prep", "Design night")).as(err.toString()).isZero();

        String sheet = out.toString();
        assertThat(sheet).contains("""
                ## Who to talk to

                ### Ana Lima · Design lead, Acme Corp

                You hit it off.

                - Fits need 1, Introduction at Acme: works at Acme Corp.
                - Ask: Ana, who at Acme would take a short call with me?

                ### José Núñez

                - José looks for portfolio reviews: you can help.

                ## Also expected: say hello

                - **Ana Souza** (Bakery Ltd)
                """);
        assertThat(sheet.indexOf("## Who to talk to")).isLessThan(sheet.indexOf("## What you can offer"));
        assertThat(sheet).as("every need is asked of someone there, so none is left for strangers")
                .doesNotContain("## Ask anyone you meet").doesNotContain("Who do you know at Acme");
    }
}
