package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The full-screen start that skips picocli behaves, and fails, exactly as the command line does. */
class FullScreenStartTest {
    @TempDir
    Path home;

    @Test
    void takesABareStartAndOneWithOnlyTheGlobalOptions() {
        assertThat(FullScreenStart.of(new String[0])).isPresent();
        assertThat(FullScreenStart.of(new String[] {"--data-dir", "/tmp/x", "--db", "mem:", "--config", "c.yaml"})).isPresent();
        assertThat(FullScreenStart.of(new String[] {"--data-dir=/tmp/x", "--db=jdbc:h2:mem:x;A=B"})).isPresent();
    }

    @Test
    void leavesEverythingElseToTheCommandLine() {
        for (String[] args : List.of(new String[] {"contacts"}, new String[] {"--help"}, new String[] {"-h"},
                new String[] {"--version"}, new String[] {"--data-dir"}, new String[] {"--data-dir", "a", "--data-dir", "b"},
                new String[] {"--data-dir", "--db"}, new String[] {"--data-dir="}, new String[] {"@args.txt"},
                new String[] {"--data-dir", "@args.txt"}, new String[] {"--bogus", "x"}, new String[] {"--", "x"},
                new String[] {"--data-dir", "contacts"}, new String[] {"--data-dir", "x", "due"},
                new String[] {"--data-dir", "bad\0path"})) {
            assertThat(FullScreenStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void knowsTheNameOfEveryCommand() {
        // A folder named as a command is not taken as --data-dir's value; the names are written out.
        List<String> names = new ArrayList<>();
        for (Class<?> sub : NeedleCommand.SUBCOMMANDS) {
            CommandLine.Command command = sub.getAnnotation(CommandLine.Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        assertThat(FullScreenStart.COMMAND_NAMES).containsExactlyInAnyOrderElementsOf(names);
        for (String name : names) {
            assertThat(FullScreenStart.of(new String[] {"--data-dir", name})).as(name).isEmpty();
        }
    }

    @Test
    void showsTheFullScreenOverTheChosenDatabase() {
        List<UseCases> shown = new ArrayList<>();
        NeedleCommand command = new NeedleCommand(() -> true, (useCases, settings) -> shown.add(useCases));

        int exit = FullScreenStart.of(new String[] {"--db", "mem:"}).orElseThrow().run(command, new String[] {"--db", "mem:"});

        assertThat(exit).isZero();
        assertThat(command.databaseUrl()).contains("mem:");
        assertThat(shown).singleElement().satisfies(u -> assertThat(u.listNeeds().listNeeds()).isEmpty());
    }

    @Test
    void aDataDirThatIsAFileIsRefusedAsTheCommandLineRefusesIt() throws IOException {
        Path file = Files.writeString(home.resolve("data"), "");

        assertSameAsTheCommandLine(true, "--data-dir", file.toString());
    }

    @Test
    void aBrokenConfigFileIsRefusedAsTheCommandLineRefusesIt() throws IOException {
        Path config = Files.writeString(home.resolve("config.yaml"), "triage: [unclosed\n");

        Outcome outcome = assertSameAsTheCommandLine(true, "--db", "mem:", "--config", config.toString());

        assertThat(outcome.exit()).isEqualTo(NeedleCommand.USAGE);
        assertThat(outcome.err()).startsWith("needle: config: ").hasLineCount(1);
    }

    @Test
    void withoutATerminalItSaysSoAsTheCommandLineDoes() {
        Outcome outcome = assertSameAsTheCommandLine(false, "--db", "mem:");

        assertThat(outcome.err()).contains("no terminal");
    }

    @Test
    void aDatabaseThatCannotOpenIsToldAsTheCommandLineTellsIt() throws IOException {
        Path data = Files.createDirectories(home.resolve("encrypted"));
        Files.writeString(data.resolve(EmbeddedDatabase.ENCRYPTED_MARKER), "");

        Outcome outcome = assertSameAsTheCommandLine(true, "--data-dir", data.toString());

        assertThat(outcome.exit()).isEqualTo(NeedleCommand.USAGE);
        assertThat(outcome.err()).contains("is encrypted").hasLineCount(1);
    }

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome assertSameAsTheCommandLine(boolean interactive, String... args) {
        Outcome skipped = run(interactive, true, args);
        Outcome parsed = run(interactive, false, args);
        assertThat(skipped).isEqualTo(parsed);
        assertThat(skipped.exit()).isNotZero();
        return skipped;
    }

    private Outcome run(boolean interactive, boolean skipCommandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        NeedleCommand command = new NeedleCommand(() -> interactive, Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()),
                (useCases, settings) -> { });
        command.buildCommandLineWith(c -> {
            CommandLine line = NeedleCommand.commandLine(c);
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            return line;
        });
        int exit = skipCommandLine ? FullScreenStart.of(args).orElseThrow().run(command, args)
                : command.commandLine().execute(args);
        try {
            command.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Outcome(exit, out.toString(), err.toString());
    }
}
