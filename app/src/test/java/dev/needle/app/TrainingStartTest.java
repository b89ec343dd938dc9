package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that only trains the start-up cache runs where a real start would open an existing database
 * without asking anything, and nowhere else: it must never create a database, ask for a passphrase, or
 * hold a file another session would then reach through it.
 */
class TrainingStartTest {
    @TempDir
    Path home;

    @Test
    void trainsOnTheFolderOwnDatabaseWhenNobodyHoldsIt() throws Exception {
        Path dir = home.resolve("data");
        Databases.open(Optional.empty(), dir, env()).close();

        assertThat(refusal("--data-dir", dir.toString())).isEmpty();
    }

    @Test
    void aFolderWithoutADatabaseIsNotTrainedOnSoNoneIsCreated() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty"));

        assertThat(refusal("--data-dir", empty.toString())).contains(TrainingStart.NOT_NOW);
        assertThat(refusal()).as("the default folder, not made yet").contains(TrainingStart.NOT_NOW);
    }

    @Test
    void aDatabaseAnotherProcessHoldsIsLeftToIt() throws Exception {
        Path dir = home.resolve("data");
        Databases.open(Optional.empty(), dir, env()).close();
        Files.writeString(dir.resolve("needle.lock.db"), "held");

        assertThat(refusal("--data-dir", dir.toString())).contains(TrainingStart.NOT_NOW);
    }

    @Test
    void aStartThatWouldAskForAPassphraseIsNeverTrainedOn() throws Exception {
        Path dir = home.resolve("data");
        Databases.open(Optional.empty(), dir, env()).close();
        Files.writeString(dir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER), "");

        assertThat(refusal("--data-dir", dir.toString())).contains(TrainingStart.NEVER_HERE);
    }

    @Test
    void aDatabaseNamedOnTheCommandLineOrACommandIsNeverTrainedOn() {
        assertThat(refusal("--db", "jdbc:h2:mem:x")).contains(TrainingStart.NEVER_HERE);
        assertThat(refusal("--config", home.resolve("other.yaml").toString())).contains(TrainingStart.NEVER_HERE);
        assertThat(refusal("contacts", "ann")).contains(TrainingStart.NEVER_HERE);
    }

    private Optional<Integer> refusal(String... args) {
        return TrainingStart.refusal(FullScreenStart.of(args), env());
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }
}
