package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.needle.app.AnsweredBothWays.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain forms of contacts, query and due, run without picocli, print, fail and exit exactly as the
 * command line does; every other form is left to the command line.
 */
class ScriptStartTest {
    @TempDir
    Path home;
    private Path data;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void aFolderWithContacts() throws IOException {
        env.putAll(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "TERM", "xterm-256color"));
        data = home.resolve("data");
        Path backup = home.resolve("backup.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.copy(in, backup);
        }
        assertThat(run(false, "--data-dir", data.toString(), "import", "yaml", backup.toString()).exit()).isZero();
    }

    @Test
    void takesThePlainFormsOfWhatScriptsCallMost() {
        for (String[] args : List.of(args("contacts"), args("contacts", "ann"), args("contacts", ""),
                args("query", "ana"), args("query", "ana", "lima", "due"), args("due"),
                args("--data-dir", "x", "contacts", "ann"), args("--data-dir=x", "query", "ana"))) {
            assertThat(ScriptStart.of(args)).as(String.join(" ", args)).isPresent();
        }
    }

    @Test
    void leavesEveryOtherFormToTheCommandLine() throws IOException {
        Path aFile = Files.writeString(home.resolve("a-file"), "");
        for (String[] args : List.of(args(), args("--version"), args("--help"), args("contacts", "--json"),
                args("contacts", "--json", "ann"), args("contacts", "ann", "--mine"), args("contacts", "-h"),
                args("contacts", "ann", "berg"), args("contacts", "@args.txt"), args("contacts", "--", "ann"),
                args("query"), args("query", "ana", "--help"), args("due", "--within", "7d"), args("due", "soon"),
                args("needs"), args("help", "contacts"), args("contcts"), args("--db", "mem:", "contacts"),
                args("--config", "c.yaml", "due"), args("--me", "Ana", "query", "ana"), args("--data-dir"),
                args("--data-dir", "x"), args("--data-dir", "due", "contacts"), args("--data-dir", "--db", "due"),
                args("--data-dir="), args("--data-dir=", "due"), args("--data-dir", "@dir", "due"),
                args("--data-dir", "x", "--data-dir", "y", "due"), args("--data-dir", "bad\0path", "due"),
                args("--data-dir", aFile.toString(), "contacts"), args("contacts", "--data-dir", "x", "ann"))) {
            assertThat(ScriptStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void answersAsTheCommandLineDoes() {
        assertSameBothWays(args("contacts"));
        assertSameBothWays(args("contacts", "ana"));
        assertSameBothWays(args("contacts", ""));
        assertSameBothWays(args("contacts", "nobody-at-all"));
        assertSameBothWays(args("query", "ana"));
        assertSameBothWays(args("query", "ana", "lima"));
        assertSameBothWays(args("query", "ana", "due"));
        assertSameBothWays(args("query", "nobody-at-all"));
        assertSameBothWays(args("due"));
        assertSameBothWaysAsGiven(args("--data-dir=" + data, "contacts", "lima"));
    }

    @Test
    void aFolderWithoutADatabaseAnswersAsTheCommandLineDoes() {
        data = home.resolve("empty");
        assertSameBothWays(args("contacts", "ana"));
        assertSameBothWays(args("query", "ana"));
        assertSameBothWays(args("due"));
    }

    /** A plain form only reads, but never an older schema: the folder is brought up to date before it answers. */
    @Test
    void aFolderOfAnOlderSchemaIsMigratedBeforeTheAnswer() throws Exception {
        Path old = Files.createDirectories(home.resolve("old"));
        Files.writeString(old.resolve(EmbeddedDatabase.PASSWORD_FILE), "an-older-needles-password");
        String url = dev.needle.adapter.persistence.jdbi.H2Urls.fileUrl(old);
        org.flywaydb.core.Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "an-older-needles-password")
                .locations("classpath:db/migration").placeholders(Map.of("needleIdCache", "1000", "needleNewUid",
                        "RANDOM_UUID()")).target("24").load().migrate();
        assertThat(schemaVersions(url)).doesNotContain("28");

        for (String[] args : List.of(args("--data-dir", old.toString(), "contacts", "ana"),
                args("--data-dir", old.toString(), "query", "ana"), args("--data-dir", old.toString(), "due"))) {
            Outcome answered = run(true, args);
            assertThat(answered.err()).as(String.join(" ", args)).isEmpty();
            assertThat(answered.exit()).as(String.join(" ", args)).isIn(NeedleCommand.DONE, NeedleCommand.BAD_INPUT);
        }
        assertThat(schemaVersions(url)).contains("24", "25", "28");
        assertThat(old.resolve("backups")).as("backed up before the migration").isNotEmptyDirectory();
    }

    private static List<String> schemaVersions(String url) throws Exception {
        List<String> versions = new ArrayList<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, EmbeddedDatabase.USER,
                "an-older-needles-password");
             java.sql.ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    @Test
    void failuresWhileRunningAreToldAsTheCommandLineTellsThem() throws IOException {
        Files.createDirectories(home.resolve("config/needle"));
        Files.writeString(home.resolve("config/needle/config.yaml"), "triage: [unclosed\n");
        assertSameBothWays(args("contacts", "ana"));
        assertSameBothWays(args("query", "ana"));
        assertSameBothWays(args("due"));

        Path aFile = Files.writeString(home.resolve("a-file"), "");
        Files.writeString(home.resolve("config/needle/config.yaml"), "database:\n  url: jdbc:h2:" + aFile + "/x\n");
        assertThat(assertSameBothWays(args("due")).exit()).isNotZero();

        // A password in a file others may read is refused (NeedleFailure) before anything opens.
        Path config = Files.writeString(home.resolve("config/needle/config.yaml"), "database:\n  password: secret\n");
        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Outcome refused = assertSameBothWays(args("query", "ana"));
        assertThat(refused.exit()).isEqualTo(NeedleCommand.USAGE);
        assertThat(refused.err()).contains("other users can read it");
    }

    private static String[] args(String... args) {
        return args;
    }

    private Outcome assertSameBothWays(String[] args) {
        List<String> withData = new ArrayList<>(List.of("--data-dir", data.toString()));
        withData.addAll(List.of(args));
        return assertSameBothWaysAsGiven(withData.toArray(String[]::new));
    }

    /** Fails unless {@code args} take the plain way and answer there exactly as the command line does. */
    private Outcome assertSameBothWaysAsGiven(String[] args) {
        assertThat(ScriptStart.of(args)).as("the plain way for " + String.join(" ", args)).isPresent();
        Outcome commandLine = run(false, args);
        Outcome plain = run(true, args);
        assertThat(plain).as(String.join(" ", args)).isEqualTo(commandLine);
        return plain;
    }

    /** Runs {@code args} as Main does: the plain way when {@code plain}, else through the whole command line. */
    private Outcome run(boolean plain, String... args) {
        return AnsweredBothWays.run(env, plain ? Optional.of((command, given, out, onConsole) -> ScriptStart.of(given)
                .map(script -> script.run(command, out, given))) : Optional.empty(), args);
    }
}
