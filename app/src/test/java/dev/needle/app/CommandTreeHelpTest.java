package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Walks the whole command tree: every command and subcommand answers -h, --help and `needle help ...`
 * with exit 0 on stdout, naming its options, arguments, the exit codes and an example. A new command
 * without help fails here.
 */
class CommandTreeHelpTest {
    @TempDir
    Path home;

    /** Every command's path below `needle`, `needle` itself first. */
    static List<List<String>> paths() {
        List<List<String>> paths = new ArrayList<>();
        collect(NeedleCommand.commandLine(() -> false), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, into);
            }
        });
    }

    @Test
    void theTreeHoldsTheCommandsOfTheReadme() {
        assertThat(paths()).contains(List.of("serve"), List.of("import", "yaml"), List.of("export"),
                List.of("query"), List.of("add-from-mail"), List.of("completion"), List.of("help"))
                .hasSizeGreaterThan(18);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelpOnStdout() {
        return paths().stream().map(path -> DynamicTest.dynamicTest("needle " + String.join(" ", path), () -> {
            CommandSpec spec = spec(path);
            String expected = null;
            for (String flag : List.of("-h", "--help")) {
                CliRun cli = new CliRun(home);
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                assertThat(cli.run(args.toArray(String[]::new))).as(cli.err).isZero();
                assertThat(cli.err).isEmpty();
                assertDescribes(spec, path, cli.out);
                expected = cli.out;
            }
            if (!path.isEmpty()) {
                CliRun cli = new CliRun(home);
                List<String> args = new ArrayList<>(List.of("help"));
                args.addAll(path);
                assertThat(cli.run(args.toArray(String[]::new))).as(cli.err).isZero();
                assertThat(cli.out).isEqualTo(expected);
            }
        }));
    }

    private static void assertDescribes(CommandSpec spec, List<String> path, String help) {
        assertThat(help).startsWith("Usage: " + String.join(" ", prepend("needle", path)))
                .contains("Exit codes:", "  0   done", "  1   bad input", "  2   usage error", "  3   the machine failed")
                .containsPattern("\nExamples?:\n  (needle|source) ");
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                assertThat(help).contains(option.longestName());
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                assertThat(help).contains(parameter.paramLabel());
            }
        }
        // Values are the words of the files (in-person, them), never the Java constants.
        for (Enum<?> constant : List.<Enum<?>>of(dev.needle.domain.Channel.IN_PERSON, dev.needle.domain.Channel.COFFEE,
                dev.needle.domain.Initiator.THEM)) {
            assertThat(help).doesNotContain(constant.name());
        }
        assertThat(help).doesNotContain("dev.needle", "java.");
        // A java.time.Duration printed as is (PT8H) is not how anyone writes a duration.
        assertThat(help).doesNotContainPattern("\\bPT\\d");
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static CommandSpec spec(List<String> path) {
        CommandLine line = NeedleCommand.commandLine(() -> false);
        for (String name : path) {
            line = line.getSubcommands().get(name);
        }
        return line.getCommandSpec();
    }

    @Test
    void settingsToCopyIntoAConfigFileAreNeverBrokenAcrossLines() {
        CliRun remind = new CliRun(home);
        assertThat(remind.run("help", "remind")).isZero();
        assertThat(remind.out.lines()).anyMatch(line -> line.contains("password-file: ~/.config/needle/smtp-password"))
                .anyMatch(line -> line.contains("{to: me@example.org, command: msmtp}"))
                .anyMatch(line -> line.strip().startsWith("smtp: {host: smtp.example.org"));
        CliRun query = new CliRun(home);
        assertThat(query.run("help", "query")).isZero();
        assertThat(query.out.lines()).anyMatch(line -> line.contains("set query_command = \"needle query %s\""))
                .anyMatch(line -> line.contains("address-book-cmd = needle query \"%s\""));
    }

    @Test
    void helpWithoutACommandIsTheTopHelp() {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("help")).isZero();
        assertThat(cli.out).startsWith("Usage: needle").contains("triage", "query", "completion");
    }

    @Test
    void helpOnAnUnknownCommandIsAUsageError() {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("help", "frobnicate")).isEqualTo(2);
        assertThat(cli.err).contains("frobnicate");
    }
}
