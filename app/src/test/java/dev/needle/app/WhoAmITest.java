package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Teammate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 20, who am I on this machine: a single person's database is never asked anything; a database that
 * has people, none of them this account, asks once on the terminal before the full screen and remembers
 * the answer in config.yaml; --me, NEEDLE_ME and me: say it outright.
 */
class WhoAmITest {
    private static final String ACCOUNT = LocalPerson.displayName(System.getProperty("user.name", "me"));

    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();
    private final List<String> said = new ArrayList<>();

    private Path config() {
        return home.resolve("config/needle/config.yaml");
    }

    /** A prompt answering {@code answers} in turn, then end of input; what Needle says is kept in {@link #said}. */
    private WhoAreYou.Prompt answering(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return new WhoAreYou.Prompt() {
            @Override
            public Optional<String> readLine(String prompt) {
                said.add(prompt);
                return Optional.ofNullable(left.poll());
            }

            @Override
            public void say(String line) {
                said.add(line);
            }
        };
    }

    /** Runs {@code args} on the H2 file database of {@link #home}, handing the open command to {@code after}. */
    private int run(Map<String, String> extraEnv, WhoAreYou.Prompt prompt, FullScreen screen,
                    Consumer<NeedleCommand> after, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "TERM", "xterm-256color"));
        env.putAll(extraEnv);
        NeedleCommand command = new NeedleCommand(() -> true, env, screen).askingWith(prompt);
        CommandLine cmd = NeedleCommand.commandLine(command);
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        try {
            int exit = cmd.execute(args);
            after.accept(command);
            return exit;
        } finally {
            command.close();
        }
    }

    /** The full screen started: who it acts as. */
    private Teammate fullScreen(Map<String, String> env, WhoAreYou.Prompt prompt, String... args) throws Exception {
        List<Teammate> seen = new ArrayList<>();
        int exit = run(env, prompt, (u, s) -> seen.add(u.team().me()), c -> { }, args);
        assertThat(exit).as(err.toString()).isZero();
        return seen.get(0);
    }

    private void joinAs(String name) throws Exception {
        run(Map.of(), answering(), (u, s) -> { }, c -> c.useCases().team().me(), "--me", name, "needs");
    }

    private List<String> team() throws Exception {
        List<String> names = new ArrayList<>();
        run(Map.of(), answering(), (u, s) -> { },
                c -> c.stores().team().team().members().forEach(m -> names.add(m.name())), "needs");
        return names;
    }

    private static WhoAreYou.Prompt noQuestions() {
        return new WhoAreYou.Prompt() {
            @Override
            public Optional<String> readLine(String prompt) {
                throw new AssertionError("asked: " + prompt);
            }

            @Override
            public void say(String line) {
                throw new AssertionError("said: " + line);
            }
        };
    }

    @Test
    void aSinglePersonsDatabaseIsNeverAskedAnythingAndItsFounderIsTheAccount() throws Exception {
        run(Map.of(), noQuestions(), (u, s) -> { }, c -> { }, "needs"); // an existing database, no team yet

        assertThat(fullScreen(Map.of(), noQuestions()).name()).isEqualTo(ACCOUNT);
        assertThat(fullScreen(Map.of(), noQuestions()).name()).isEqualTo(ACCOUNT);
        assertThat(team()).containsExactly(ACCOUNT);
        assertThat(config()).doesNotExist();
    }

    @Test
    void aSharedDatabaseAsksOnceAndRemembersTheAnswerInANewPrivateConfigFile() throws Exception {
        joinAs("Alice");
        joinAs("Carla");

        Teammate me = fullScreen(Map.of(), answering("2"));

        assertThat(me.name()).isEqualTo("Carla");
        assertThat(said).filteredOn(line -> !line.startsWith("Welcome")).as("the question fits 80 columns")
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(said).contains("This database is shared by Alice and Carla. Who are you?", "  1  Alice", "  2  Carla");
        assertThat(Files.readString(config())).isEqualTo("me: Carla\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config()))).isEqualTo("rw-------");
        said.clear();
        assertThat(fullScreen(Map.of(), noQuestions()).name()).as("asked once").isEqualTo("Carla");
    }

    @Test
    void aNewNameJoinsTheTeamAndIsAddedToTheEndOfAnExistingConfigByteForByte() throws Exception {
        joinAs("Alice");
        String before = "# my settings\ntriage:\n  strong-fit: 70   # keep\n\n# the end, no newline";
        Files.createDirectories(config().getParent());
        Files.writeString(config(), before);

        Teammate me = fullScreen(Map.of(), answering("Bob Martin"));

        assertThat(me.name()).isEqualTo("Bob Martin");
        assertThat(team()).containsExactly("Alice", "Bob Martin");
        assertThat(Files.readString(config())).isEqualTo(before + "\nme: Bob Martin\n");
    }

    @Test
    void badAnswersAreExplainedAndAskedAgain() throws Exception {
        joinAs("Alice");

        Teammate me = fullScreen(Map.of(), answering("", "I am Bob and I am new on the team", "Bo\u0007b", "7", "bob"));

        assertThat(me.name()).isEqualTo("bob");
        assertThat(said).contains("Not a name: the name is empty.",
                "Not a name: that looks like a sentence; type just the name, like Ana Lima.",
                "Not a name: a name is one line of plain text, without control characters.",
                "There is no number 7 above; type one from 1 to 1, or your name.");
        assertThat(team()).containsExactly("Alice", "bob");
    }

    @Test
    void typingATeammatesNameInAnotherCaseIsThatTeammate() throws Exception {
        joinAs("Alice");
        assertThat(fullScreen(Map.of(), answering("  alice ")).name()).isEqualTo("Alice");
        assertThat(Files.readString(config())).isEqualTo("me: Alice\n");
    }

    @Test
    void endOfInputAtTheQuestionStartsNothingAndSaysHowToSetIt() throws Exception {
        joinAs("Alice");
        List<Teammate> seen = new ArrayList<>();

        int exit = run(Map.of(), answering(), (u, s) -> seen.add(u.team().me()), c -> { });

        assertThat(exit).isEqualTo(NeedleCommand.USAGE);
        assertThat(seen).isEmpty();
        assertThat(err.toString()).contains("me: YOUR NAME", "--me NAME");
        assertThat(team()).containsExactly("Alice");
    }

    @Test
    void aNameUnderAnExistingMeMappingGoesBesideItsAddresses() throws Exception {
        joinAs("Alice");
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "me:\n    addresses: [bob@example.org]\nlog:\n  events: true\n");

        fullScreen(Map.of(), answering("Bob"));

        assertThat(Files.readString(config()))
                .isEqualTo("me:\n    name: Bob\n    addresses: [bob@example.org]\nlog:\n  events: true\n");
        assertThat(LogSettings.me(config(), Map.of())).containsExactly("bob@example.org");
        assertThat(fullScreen(Map.of(), noQuestions()).name()).isEqualTo("Bob");
    }

    @Test
    void theOptionThenTheEnvironmentThenTheConfigSayWhoIsHere() throws Exception {
        joinAs("Alice");
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "me: Carla\n");

        assertThat(fullScreen(Map.of("NEEDLE_ME", "Dan"), noQuestions(), "--me", "Bob").name()).isEqualTo("Bob");
        assertThat(fullScreen(Map.of("NEEDLE_ME", "Dan"), noQuestions()).name()).isEqualTo("Dan");
        assertThat(fullScreen(Map.of(), noQuestions()).name()).isEqualTo("Carla");
        assertThat(team()).containsExactly("Alice", "Bob", "Dan", "Carla");
    }

    @Test
    void aBadNameGivenOutrightIsRefusedSayingWhere() throws Exception {
        assertThat(run(Map.of(), noQuestions(), (u, s) -> { }, c -> { }, "--me", "", "needs")).isEqualTo(NeedleCommand.USAGE);
        assertThat(err.toString()).contains("--me: the name is empty");

        assertThat(run(Map.of("NEEDLE_ME", "who? me!"), noQuestions(), (u, s) -> { }, c -> { })).isEqualTo(NeedleCommand.USAGE);
        assertThat(err.toString()).contains("NEEDLE_ME: that looks like a sentence");
    }

    @Test
    void aCommandThatNeedsAPersonOnASharedDatabaseSaysHowToChooseInsteadOfGuessing() throws Exception {
        joinAs("Alice");
        joinAs("Carla");
        List<RuntimeException> failed = new ArrayList<>();

        run(Map.of(), noQuestions(), (u, s) -> { }, c -> {
            try {
                c.useCases().team().me();
            } catch (RuntimeException e) {
                failed.add(e);
            }
        }, "needs");

        assertThat(failed).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("this database is shared by Alice and Carla, and Needle does not know which of them you are: "
                        + "add `me: YOUR NAME` to config.yaml, or give --me NAME"));
    }

    @Test
    void theConfigFileRemembersAQuotedNameWhenPlainYamlWouldReadItOtherwise() throws Exception {
        assertThat(MeConfig.quoted("No")).isEqualTo("\"No\"");
        assertThat(MeConfig.quoted("Ana Lima")).isEqualTo("Ana Lima");
        assertThat(MeConfig.quoted("O'Brien")).isEqualTo("O'Brien");
        Path file = home.resolve("c.yaml");
        assertThat(MeConfig.remember(file, "No")).isEmpty();
        assertThat(MeConfig.name(file)).contains("No");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo("me: \"No\"\n");
    }
}
