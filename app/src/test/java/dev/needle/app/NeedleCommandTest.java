package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NeedleCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(boolean interactive, String... args) {
        CommandLine cmd = NeedleCommand.commandLine(() -> interactive);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void versionPrintsTheVersionFromTheBuild() {
        int exit = run(false, "--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("needle 0.1.0-SNAPSHOT" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsEveryGlobalOption() {
        int exit = run(false, "--help");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Usage: needle")
                .contains("--db=URL", "--config=FILE", "--data-dir=DIR", "--help", "--version")
                .contains("Exit codes:");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownOptionIsAOneLineUsageError() {
        int exit = run(true, "--bogus");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("--bogus").contains("needle --help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMistypedCommandIsNamedWithTheCommandItWasMeantToBe() {
        int exit = run(true, "--data-dir", "/tmp/x", "contcts", "ann");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("needle: 'contcts' is not a command; did you mean contacts? "
                + "`needle --help` lists them" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aWordMoreThanACommandTakesIsNamedInItsOwnWords() {
        int exit = run(true, "needs", "open");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("needle needs: 'open' was not expected; try `needle needs --help`"
                + System.lineSeparator());
        assertThat(run(true, "export", "yaml", "a.yaml", "b.yaml")).isEqualTo(2);
        assertThat(err.toString()).endsWith("needle export: 'b.yaml' was not expected after FORMAT FILE; "
                + "try `needle export --help`" + System.lineSeparator());
    }

    @Test
    void aWordNothingIsCloseToIsStillNamed() {
        int exit = run(true, "xyzzy");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("needle: 'xyzzy' is not a command; `needle --help` lists them"
                + System.lineSeparator());
    }

    @Test
    void aMistypedKindOfImportIsNamedWithTheHelpOfImport() {
        int exit = run(true, "import", "vcrd", "contacts.vcf");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("needle import: 'vcrd' is not one of its commands; did you mean vcard? "
                + "`needle import --help` lists them" + System.lineSeparator());
    }

    @Test
    void aCommandsOwnMistakePointsToThatCommandsHelpInWordsOfOurOwn() {
        run(true, "prep");
        run(true, "contacts", "--frobnicate");

        assertThat(err.toString()).isEqualTo("needle prep: missing required parameter: 'EVENT'; try `needle prep --help`"
                + System.lineSeparator() + "needle contacts: unknown option: '--frobnicate'; try `needle contacts --help`"
                + System.lineSeparator());
    }

    @Test
    void withoutATerminalItSaysSoOnOneLineAndExitsWithTwo() {
        int exit = run(false);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("needle: no terminal: the full-screen UI needs an "
                + "interactive terminal; try `needle --help`" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void onATerminalItShowsTheFullScreenUiOverTheChosenDatabase() {
        List<UseCases> shown = new ArrayList<>();
        CommandLine commandLine = new CommandLine(new NeedleCommand(() -> true, (useCases, settings) -> shown.add(useCases)));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("--db", "mem:");

        assertThat(exit).isZero();
        assertThat(shown).singleElement().satisfies(u -> assertThat(u.listNeeds().listNeeds()).isEmpty());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void acceptsValidGlobalOptions(@TempDir Path tmp) throws IOException {
        Path config = Files.writeString(tmp.resolve("config.yaml"), "{}\n");
        NeedleCommand command = new NeedleCommand(() -> false);

        new CommandLine(command).parseArgs("--db", "jdbc:postgresql://localhost/needle",
                "--config", config.toString(), "--data-dir", tmp.resolve("not-yet").toString());

        assertThat(command.databaseUrl()).contains("jdbc:postgresql://localhost/needle");
        assertThat(command.configFile()).contains(config);
        assertThat(command.dataDir()).contains(tmp.resolve("not-yet"));
    }

    @Test
    void refusesADatabaseUrlOfAnotherKindWithoutEchoingIt() {
        int exit = run(true, "--db", "mysql://needle:s3cret@localhost/needle");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("--db").doesNotContain("s3cret");
    }

    @Test
    void acceptsTheInMemoryDatabase() {
        NeedleCommand command = new NeedleCommand(() -> false);

        new CommandLine(command).parseArgs("--db", "mem:");

        assertThat(command.databaseUrl()).contains("mem:");
    }

    @Test
    void refusesAMissingConfigFile(@TempDir Path tmp) {
        int exit = run(true, "--config", tmp.resolve("absent.yaml").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("--config: no such file");
    }

    @Test
    void refusesADataDirThatIsAFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "");

        int exit = run(true, "--data-dir", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("is not a folder");
    }
}
