package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.triage.TriageSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A full-screen start on the data folder's own plain database sets its terminal up while the database
 * opens, and gives it back, as it was found, before anything is asked or told on the plain terminal:
 * who is here on a team's database, or what went wrong. Everything else keeps the old order.
 */
class TerminalFirstTest {
    @TempDir
    Path home;

    private final List<String> events = new ArrayList<>();

    @BeforeAll
    static void loopbackOnly() {
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "XDG_DATA_HOME", home.resolve("data").toString());
    }

    /** A screen that notes when the terminal is set up, given back (once) and shown on. */
    private FullScreen screen() {
        return new FullScreen() {
            @Override
            public void show(UseCases useCases, TriageSettings settings) {
                events.add("screen shown");
            }

            @Override
            public SetUpAhead setUpAhead() {
                events.add("terminal set up");
                AtomicBoolean given = new AtomicBoolean();
                return () -> {
                    if (!given.getAndSet(true)) {
                        events.add("terminal given back");
                    }
                };
            }
        };
    }

    private WhoAreYou.Prompt answering(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return new WhoAreYou.Prompt() {
            @Override
            public Optional<String> readLine(String prompt) {
                events.add("asked: " + prompt);
                return Optional.ofNullable(left.poll());
            }

            @Override
            public void say(String line) {
                events.add("said: " + line);
            }
        };
    }

    /** A full-screen start on {@code data}; what it tells on stderr lands in {@link #events} too. */
    private int fullScreen(Path data, WhoAreYou.Prompt prompt) throws Exception {
        String[] args = {"--data-dir", data.toString()};
        NeedleCommand command = new NeedleCommand(() -> true, env(), screen()).askingWith(prompt);
        Writer told = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                events.add("told: " + new String(text, offset, length));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        command.buildCommandLineWith(c -> {
            CommandLine line = NeedleCommand.commandLine(c);
            line.setOut(new PrintWriter(new StringWriter(), true));
            line.setErr(new PrintWriter(told, true));
            return line;
        });
        try {
            return FullScreenStart.of(args).orElseThrow().run(command, args);
        } finally {
            command.close();
        }
    }

    /** A plain database in {@code data} whose team is {@code names}, none of them this account. */
    private Path teamDatabase(String... names) throws Exception {
        Path data = home.resolve("team");
        for (String name : names) {
            NeedleCommand command = new NeedleCommand(() -> false, env(), screen());
            CommandLine line = NeedleCommand.commandLine(command);
            line.setErr(new PrintWriter(new StringWriter(), true));
            line.setOut(new PrintWriter(new StringWriter(), true));
            assertThat(line.execute("--data-dir", data.toString(), "--me", name, "needs")).isZero();
            command.useCases().team().me();
            command.close();
        }
        events.clear();
        return data;
    }

    @Test
    void aTeamsDatabaseGivesTheTerminalBackBeforeAskingWhoIsHere() throws Exception {
        Path data = teamDatabase("Alice Ng", "Carla Ruiz");

        int exit = fullScreen(data, answering("2"));

        assertThat(exit).isZero();
        assertThat(events).startsWith("terminal set up", "terminal given back",
                "said: This database is shared by Alice Ng and Carla Ruiz. Who are you?");
        assertThat(events).contains("asked: Type a number, or your name to join the team: ");
        assertThat(events.get(events.size() - 1)).isEqualTo("screen shown");
    }

    @Test
    void endOfInputAtTheQuestionIsToldOnTheTerminalGivenBack() throws Exception {
        Path data = teamDatabase("Alice Ng", "Carla Ruiz");

        int exit = fullScreen(data, answering());

        assertThat(exit).isEqualTo(NeedleCommand.USAGE);
        assertThat(events.subList(0, 2)).containsExactly("terminal set up", "terminal given back");
        assertThat(events).doesNotContain("screen shown").anySatisfy(e -> assertThat(e).startsWith("told: needle: no answer"));
    }

    @Test
    void aSinglePersonsDatabaseKeepsTheTerminalSetUpForTheScreen() throws Exception {
        Path data = teamDatabase();
        fullScreen(data, answering()); // the first start creates the database: nothing is set up ahead
        assertThat(events).containsExactly("screen shown");
        events.clear();

        int exit = fullScreen(data, answering());

        assertThat(exit).isZero();
        assertThat(events).containsExactly("terminal set up", "screen shown", "terminal given back");
    }

    @Test
    void aDatabaseThatCannotOpenGivesTheTerminalBackBeforeTheProblemIsTold() throws Exception {
        Path data = Files.createDirectories(home.resolve("broken"));
        Files.writeString(data.resolve(EmbeddedDatabase.PASSWORD_FILE), "secret\n");
        Files.writeString(data.resolve("needle.mv.db"), "this is not a database\n".repeat(400));

        int exit = fullScreen(data, answering());

        assertThat(exit).isNotZero();
        assertThat(events.subList(0, 2)).containsExactly("terminal set up", "terminal given back");
        assertThat(String.join("", events.subList(2, events.size()))).startsWith("told: needle: ").doesNotContain("screen shown");
    }

    @Test
    void onlyTheFoldersOwnPlainDatabaseSetsTheTerminalUpFirst() throws IOException {
        Path plain = Files.createDirectories(home.resolve("plain"));
        Files.writeString(plain.resolve("needle.mv.db"), "");
        Path encrypted = Files.createDirectories(home.resolve("encrypted"));
        Files.writeString(encrypted.resolve("needle.mv.db"), "");
        Files.writeString(encrypted.resolve(EmbeddedDatabase.ENCRYPTED_MARKER), "");
        Path none = Files.createDirectories(home.resolve("none"));

        assertThat(TerminalFirst.applies(start("--data-dir", plain.toString()), env())).isTrue();
        assertThat(TerminalFirst.applies(start("--data-dir", encrypted.toString()), env()))
                .as("an encrypted database asks for its passphrase first").isFalse();
        assertThat(TerminalFirst.applies(start("--data-dir", none.toString()), env())).as("a first start").isFalse();
        assertThat(TerminalFirst.applies(start("--data-dir", plain.toString(), "--db", "mem:"), env())).isFalse();
        assertThat(TerminalFirst.applies(start("--data-dir", plain.toString(), "--config", "c.yaml"), env())).isFalse();
    }

    private static FullScreenStart start(String... args) {
        return FullScreenStart.of(args).orElseThrow();
    }
}
