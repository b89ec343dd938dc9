package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.needle.app.AnsweredBothWays.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run with the model of that one command says, prints and exits exactly as the model of
 * every command does: for good command lines, mistyped ones, help, and failures while running.
 */
class OneCommandStartTest {
    @TempDir
    Path home;
    private Path data;

    @BeforeEach
    void aFolderWithContacts() throws IOException {
        data = home.resolve("data");
        Path backup = home.resolve("backup.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.copy(in, backup);
        }
        assertThat(run(false, "--data-dir", data.toString(), "import", "yaml", backup.toString()).exit()).isZero();
    }

    @Test
    void scriptCommandsTakeTheShortWay() {
        for (String[] args : List.of(args("contacts", "ann"), args("query", "ana", "lima"), args("due"),
                args("--version"), args("-V"), args("--data-dir", "x", "contacts"), args("--db=mem:", "due", "--json"),
                args("--me", "Ana", "import", "vcard", "x.vcf"), args("contacts", "--help"))) {
            assertThat(OneCommandStart.of(args)).as(String.join(" ", args)).isPresent();
        }
    }

    @Test
    void commandLinesOnlyTheWholeModelCanTellAreLeftToIt() {
        for (String[] args : List.of(args(), args("--help"), args("-h"), args("help", "contacts"), args("completion", "bash"),
                args("contcts"), args("@args.txt"), args("contacts", "@args.txt"), args("--data-dir", "due", "contacts"),
                args("--data-dir", "--db", "contacts"), args("--data-dir"), args("--bogus", "contacts"),
                args("--data-dir", "x"))) {
            assertThat(OneCommandStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void goodCommandLinesAnswerAsTheWholeModelDoes() {
        assertSameBothWays(args("contacts", "ana"));
        assertSameBothWays(args("contacts", "--json", "lima"));
        assertSameBothWays(args("query", "ana", "lima"));
        assertSameBothWays(args("query", "nobody-at-all"));
        assertSameBothWays(args("due"));
        assertSameBothWays(args("due", "--within", "30d", "--json"));
        assertSameBothWays(args("needs"));
        assertSameBothWays(args("doctor"));
        assertSameBothWays(args("contacts", "ana", "due"));
        assertSameBothWays(args("--version"));
        assertSameBothWays(args("-V"));
        assertSameBothWays(args("contacts", "--version"));
        assertSameBothWays(args("--db", "mem:", "contacts"));
    }

    @Test
    void mistypedCommandLinesAreToldAsTheWholeModelTellsThem() {
        assertSameBothWays(args("contacts", "--frobnicate"));
        assertSameBothWays(args("contacts", "--jsn"));
        assertSameBothWays(args("due", "--within"));
        assertSameBothWays(args("due", "--within", "soon"));
        assertSameBothWays(args("due", "contacts"));
        assertSameBothWays(args("import"));
        assertSameBothWays(args("import", "vcrd", "x.vcf"));
        assertSameBothWays(args("import", "vcard"));
        assertSameBothWays(args("--version", "contacts"));
        assertSameBothWays(args("--version", "--bogus"));
        assertSameBothWays(args("--db", "nonsense:", "contacts"));
        assertSameBothWays(args("--me", "", "contacts"));
        assertSameBothWays(args("triage", "Ana Lima", "--minutes", "soon"));
        assertThat(OneCommandStart.of(args("contcts"))).isEmpty();
    }

    @Test
    void helpIsTheWholeModelsHelp() {
        assertSameBothWays(args("contacts", "--help"));
        assertSameBothWays(args("import", "vcard", "-h"));
        assertSameBothWays(args("due", "--json", "--help"));
    }

    @Test
    void failuresWhileRunningAreToldAsTheWholeModelTellsThem() throws IOException {
        Path brokenConfig = Files.writeString(home.resolve("broken.yaml"), "triage: [unclosed\n");
        assertSameBothWays(args("--config", brokenConfig.toString(), "contacts"));
        assertSameBothWays(args("triage", "Nobody"));
        Path existing = Files.writeString(home.resolve("existing.zip"), "");
        assertSameBothWays(args("backup", "-o", existing.toString()));
        assertSameBothWays(args("import", "vcard", home.resolve("missing.vcf").toString()));
        Path aFile = Files.writeString(home.resolve("a-file"), "");
        assertSameBothWaysAsGiven(new String[] {"--data-dir", aFile.toString(), "contacts"});
    }

    private static String[] args(String... args) {
        return args;
    }

    private void assertSameBothWays(String[] args) {
        List<String> withData = new ArrayList<>(List.of("--data-dir", data.toString()));
        withData.addAll(List.of(args));
        assertSameBothWaysAsGiven(withData.toArray(String[]::new));
    }

    /** Fails unless {@code args} take the short way and answer there exactly as the whole model does. */
    private void assertSameBothWaysAsGiven(String[] args) {
        assertThat(OneCommandStart.of(args)).as("the short way for " + String.join(" ", args)).isPresent();
        Outcome whole = run(false, args);
        Outcome one = run(true, args);
        assertThat(one).as(String.join(" ", args)).isEqualTo(whole);
    }

    /** Runs {@code args} as Main does: through the one command's model when {@code shortWay}, else the whole one. */
    private Outcome run(boolean shortWay, String... args) {
        return AnsweredBothWays.run(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "TERM", "xterm-256color"),
                shortWay ? Optional.of((command, given, out, onConsole) -> OneCommandStart.of(given)
                        .map(one -> one.run(command, given, onConsole))) : Optional.empty(), args);
    }
}
