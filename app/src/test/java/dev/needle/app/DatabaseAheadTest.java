package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the database ahead, while logging is set up, happens only where it changes and asks nothing;
 * the real open then works on the database it finds open, and the file is let go at the end.
 */
class DatabaseAheadTest {
    @TempDir
    Path home;

    @AfterEach
    void letGo() {
        DatabaseAhead.letGo();
    }

    @Test
    void anExistingDatabaseIsOpenedAheadAndTheRealOpenWorksOnIt() throws Exception {
        Path dir = home.resolve("data");
        try (OpenDatabase db = Databases.open(Optional.empty(), dir, env())) {
            useCases(db).captureContact().capture(CaptureContactUseCase.Command.named("Maria Lopez"));
        }

        ahead(new String[] {"--data-dir", dir.toString()}, env());

        assertThat(DatabaseAhead.isOpen()).isTrue();
        try (OpenDatabase db = Databases.open(Optional.empty(), dir, env())) {
            assertThat(DatabaseAhead.isOpen()).as("let go once the real open is done").isFalse();
            assertThat(useCases(db).searchContacts().search("maria", 10)).extracting(c -> c.name())
                    .containsExactly("Maria Lopez");
        }
        assertThat(dir.resolve("needle.lock.db")).as("the file is let go at the end").doesNotExist();
    }

    @Test
    void theDefaultDataFolderIsOpenedAheadForABareStart() throws Exception {
        Path dir = Places.fromEnvironment(env()).dataDir();
        Databases.open(Optional.empty(), dir, env()).close();

        ahead(new String[0], env());

        assertThat(DatabaseAhead.isOpen()).isTrue();
    }

    @Test
    void aFolderWithoutADatabaseGetsNothingFromOpeningAhead() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty"));

        ahead(new String[] {"--data-dir", empty.toString()}, env());
        ahead(new String[] {"--data-dir=" + home.resolve("missing")}, env());

        assertThat(DatabaseAhead.isOpen()).isFalse();
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
        assertThat(home.resolve("missing")).doesNotExist();
    }

    @Test
    void anEncryptedDatabaseIsNotOpenedAhead() {
        Path dir = home.resolve("locked");
        Map<String, String> withPassphrase = Map.of("HOME", home.toString(), EmbeddedDatabase.PASSPHRASE_VARIABLE, "a long passphrase");
        new EmbeddedDatabase(dir, withPassphrase, PassphrasePrompt.console()).create(true);

        ahead(new String[] {"--data-dir", dir.toString()}, withPassphrase);

        assertThat(DatabaseAhead.isOpen()).isFalse();
    }

    @Test
    void aConfigurationNamingAnotherDatabaseOpensNothingAhead() throws Exception {
        Path dir = Places.fromEnvironment(env()).dataDir();
        Databases.open(Optional.empty(), dir, env()).close();
        Path config = Places.fromEnvironment(env()).configFile();
        Files.createDirectories(config.getParent());
        Files.writeString(config, "database:\n  url: jdbc:postgresql://db.example.org/needle\n");

        ahead(new String[0], env());

        assertThat(DatabaseAhead.isOpen()).isFalse();
    }

    @Test
    void theCommandsScriptsCallMostHaveTheirFolderOpenedAhead() throws Exception {
        Path dir = home.resolve("data");
        try (OpenDatabase db = Databases.open(Optional.empty(), dir, env())) {
            useCases(db).captureContact().capture(CaptureContactUseCase.Command.named("Maria Lopez"));
        }

        for (String[] args : new String[][] {{"--data-dir", dir.toString(), "contacts", "maria"},
                {"contacts", "--json", "--data-dir=" + dir}, {"--me", "Ana", "--data-dir", dir.toString(), "query", "lopez"},
                {"due", "--within", "30d", "--data-dir", dir.toString()}}) {
            ahead(args, env());
            assertThat(DatabaseAhead.isOpen()).as(String.join(" ", args)).isTrue();
            try (OpenDatabase db = Databases.open(Optional.empty(), dir, env())) {
                assertThat(useCases(db).searchContacts().search("maria", 10)).extracting(c -> c.name())
                        .containsExactly("Maria Lopez");
            }
        }
        assertThat(dir.resolve("needle.lock.db")).as("the file is let go at the end").doesNotExist();
    }

    /** A read-only open has no auto-server, so it keeps no lock file; one that may write has one. */
    @Test
    void aCommandThatOnlyReadsHasItsFolderOpenedAheadReadOnlyAndReadsItSo() throws Exception {
        Path dir = home.resolve("data");
        try (OpenDatabase db = Databases.open(Optional.empty(), dir, env())) {
            useCases(db).captureContact().capture(CaptureContactUseCase.Command.named("Maria Lopez"));
            useCases(db).once().searchContacts().search("maria", 10); // keeps the search texts
        }
        long modified = Files.getLastModifiedTime(dir.resolve("needle.mv.db")).toMillis();
        byte[] before = Files.readAllBytes(dir.resolve("needle.mv.db"));

        ahead(new String[] {"--data-dir", dir.toString(), "contacts", "maria"}, env());
        assertThat(DatabaseAhead.isOpen()).isTrue();
        assertThat(dir.resolve("needle.lock.db")).as("read-only: no auto-server").doesNotExist();
        try (OpenDatabase db = Databases.openToRead(Optional.empty(), dir, env(), PassphrasePrompt.console(), true)) {
            assertThat(useCases(db).once().searchContacts().search("maria", 10)).extracting(c -> c.name())
                    .containsExactly("Maria Lopez");
        }
        assertThat(Files.readAllBytes(dir.resolve("needle.mv.db"))).as("nothing written").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dir.resolve("needle.mv.db")).toMillis()).isEqualTo(modified);

        ahead(new String[] {"--data-dir", dir.toString(), "contacts", "--mine"}, env());
        assertThat(DatabaseAhead.isOpen()).isTrue();
        assertThat(dir.resolve("needle.lock.db")).as("--mine may write: opened as any run").exists();
    }

    @Test
    void anyOtherCommandLineOpensNothingAhead() throws Exception {
        Path dir = Places.fromEnvironment(env()).dataDir();
        Databases.open(Optional.empty(), dir, env()).close();

        for (String[] args : new String[][] {{"--db", "mem:"}, {"--data-dir", "x", "--me", "Ana"},
                {"--data-dir"}, {"--data-dir", "-x"}, {"--data-dir", "@args"}, {"--config", "c.yaml"},
                {"import", "vcard", "cards.vcf"}, {"log", "Maria"}, {"help", "contacts"}, {"contacts", "--help"},
                {"--version"}, {"contacts", "--db", "mem:"}, {"contacts", "--config=c.yaml"}, {"@args", "contacts"},
                {"contacts", "--", "--data-dir"}, {"--data-dir", "a", "contacts", "--data-dir", "b"},
                {"--me", "contacts"}, {"contacts", "--data-dir"}, {"due", "--data-dir="}}) {
            ahead(args, env());
            assertThat(DatabaseAhead.isOpen()).as(String.join(" ", args)).isFalse();
        }
    }

    private Map<String, String> env() {
        return Map.of("HOME", home.toString());
    }

    private static UseCases useCases(OpenDatabase db) {
        SystemClock clock = new SystemClock(Clock.systemDefaultZone());
        return UseCases.wire(db.stores(), clock, TriageSettings.defaults(), MeetingDefaults.standard(),
                LocalPerson.ofAccount(db.stores(), clock));
    }

    private static void ahead(String[] args, Map<String, String> env) {
        DatabaseAhead.start(args, FullScreenStart.of(args), env);
    }
}
