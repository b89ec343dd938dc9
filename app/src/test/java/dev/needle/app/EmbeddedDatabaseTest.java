package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's database: created plain or encrypted, and an encrypted one opened only with its passphrase. */
class EmbeddedDatabaseTest {
    private static final String NAME = "Zebulon Quaxworthy";
    private static final Map<String, String> RIGHT = Map.of(EmbeddedDatabase.PASSPHRASE_VARIABLE, "correct horse battery staple");
    private static final PassphrasePrompt NO_TERMINAL = prompt -> Optional.empty();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void loopbackOnly() {
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    @Test
    void anEncryptedDatabaseKeepsItsDataUnreadableAndOpensWithThePassphraseFromTheEnvironment() throws Exception {
        new EmbeddedDatabase(dataDir, RIGHT, NO_TERMINAL).create(true);
        ContactId id;
        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, RIGHT, NO_TERMINAL)) {
            id = new ContactId(db.stores().ids().next());
            db.stores().contacts().save(Contact.capture(id, NAME));
        }

        assertThat(dataDir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER)).exists();
        assertThat(new String(Files.readAllBytes(dataDir.resolve("needle.mv.db")), StandardCharsets.ISO_8859_1)).doesNotContain(NAME);
        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, RIGHT, NO_TERMINAL)) {
            assertThat(db.stores().contacts().find(id)).map(Contact::name).contains(NAME);
        }
    }

    @Test
    void aCommandOpensPlainAndEncryptedDatabasesWithoutCompactionAndSeesTheirData() throws Exception {
        Path plainDir = Files.createDirectory(dataDir.resolve("plain"));
        Path encryptedDir = Files.createDirectory(dataDir.resolve("encrypted"));
        new EmbeddedDatabase(encryptedDir, RIGHT, NO_TERMINAL).create(true);
        for (Path dir : List.of(plainDir, encryptedDir)) {
            ContactId id;
            try (OpenDatabase db = Databases.open(Optional.empty(), dir, RIGHT, NO_TERMINAL)) {
                id = new ContactId(db.stores().ids().next());
                db.stores().contacts().save(Contact.capture(id, NAME));
            }
            try (OpenDatabase db = Databases.open(Optional.empty(), dir, RIGHT, NO_TERMINAL)) {
                assertThat(db.stores().contacts().find(id)).as(dir.getFileName().toString()).map(Contact::name).contains(NAME);
            }
        }
    }

    @Test
    void aWrongPassphraseIsOneClearLineWithExitCodeTwo() {
        new EmbeddedDatabase(dataDir, RIGHT, NO_TERMINAL).create(true);
        Map<String, String> wrong = Map.of(EmbeddedDatabase.PASSPHRASE_VARIABLE, "incorrect horse");

        assertThatThrownBy(() -> Databases.open(Optional.empty(), dataDir, wrong, NO_TERMINAL))
                .isInstanceOfSatisfying(NeedleFailure.class, e -> assertThat(e.getExitCode()).isEqualTo(2))
                .hasMessage("wrong passphrase for " + dataDir.toAbsolutePath().resolve("needle.mv.db"))
                .hasNoCause();
    }

    @Test
    void withoutTheVariableThePassphraseIsAskedAtTheTerminal() throws Exception {
        new EmbeddedDatabase(dataDir, RIGHT, NO_TERMINAL).create(true);
        List<String> asked = new ArrayList<>();
        PassphrasePrompt terminal = prompt -> {
            asked.add(prompt);
            return Optional.of("correct horse battery staple".toCharArray());
        };

        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, Map.of(), terminal)) {
            assertThat(db.stores().contacts().findAll()).isEmpty();
        }
        assertThat(asked).singleElement().asString().startsWith("Passphrase for ").contains("needle.mv.db");
    }

    @Test
    void withNeitherVariableNorTerminalItSaysHowToGiveThePassphrase() {
        new EmbeddedDatabase(dataDir, RIGHT, NO_TERMINAL).create(true);

        assertThatThrownBy(() -> Databases.open(Optional.empty(), dataDir, Map.of(), NO_TERMINAL))
                .isInstanceOfSatisfying(NeedleFailure.class, e -> assertThat(e.getExitCode()).isEqualTo(2))
                .hasMessageContaining("is encrypted").hasMessageContaining("NEEDLE_PASSPHRASE");
    }

    @Test
    void aNewPassphraseTypedTwiceDifferentlyCreatesNothing() {
        List<String> answers = new ArrayList<>(List.of("first try", "first trz"));
        PassphrasePrompt typo = prompt -> Optional.of(answers.remove(0).toCharArray());

        assertThatThrownBy(() -> new EmbeddedDatabase(dataDir, Map.of(), typo).create(true))
                .isInstanceOf(NeedleFailure.class).hasMessageContaining("differ");

        assertThat(dataDir.resolve("needle.mv.db")).doesNotExist();
        assertThat(dataDir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER)).doesNotExist();
    }

    @Test
    void initRefusesAFolderThatAlreadyHasADatabase() throws IOException {
        new EmbeddedDatabase(dataDir, Map.of(), NO_TERMINAL).create(false);

        assertThatThrownBy(() -> new EmbeddedDatabase(dataDir, RIGHT, NO_TERMINAL).create(true))
                .isInstanceOfSatisfying(NeedleFailure.class, e -> assertThat(e.getExitCode()).isEqualTo(1))
                .hasMessageContaining("already exists").hasMessageContaining("restore");
        assertThat(dataDir.resolve(EmbeddedDatabase.ENCRYPTED_MARKER)).doesNotExist();
    }
}
