package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.persistence.jdbi.H2Urls;
import dev.needle.app.AnsweredBothWays.Outcome;
import dev.needle.domain.SearchText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code needle due} reads no search text, so search texts kept under another fold (folded by another
 * JDK, which the launcher picks whenever a newer one is installed) must not make it open the file to
 * write: that open cost a status bar's every {@code due} about 80 ms, and it changed the file.
 */
class DueLeavesTheFileTest {
    @TempDir
    Path home;
    private Path data;
    private final Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void aFolderWithCadences() throws IOException {
        env.putAll(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "TERM", "xterm-256color"));
        data = home.resolve("data");
        Path backup = home.resolve("backup.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/backup.yaml")) {
            Files.copy(in, backup);
        }
        assertThat(run("--data-dir", data.toString(), "import", "yaml", backup.toString()).exit()).isZero();
        assertThat(run("--data-dir", data.toString(), "contacts", "ana").exit()).isZero(); // the texts are kept
    }

    @Test
    void dueAnswersAndLeavesTheFileAsItWasWhenTheSearchTextsWereFoldedByAnotherJdk() throws Exception {
        String answer = run("--data-dir", data.toString(), "due").out();
        foldTheTextsElsewhere();
        String before = digest(H2Urls.databaseFile(data));

        Outcome due = run("--data-dir", data.toString(), "due");

        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.out()).isEqualTo(answer);
        assertThat(digest(H2Urls.databaseFile(data))).as("the database file, byte for byte").isEqualTo(before);
    }

    /** What a run of another JDK leaves: the texts kept under that JDK's fold version. */
    private void foldTheTextsElsewhere() throws Exception {
        String password = Files.readString(data.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip();
        try (Connection connection = DriverManager.getConnection(H2Urls.fileUrl(data), EmbeddedDatabase.USER, password)) {
            connection.createStatement().execute("UPDATE contact_search_state SET fold = " + (SearchText.version() - 8));
        }
    }

    private Outcome run(String... args) {
        return AnsweredBothWays.run(env, Optional.of((command, given, out, onConsole) -> ScriptStart.of(given)
                .map(script -> script.run(command, out, given))), args);
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
