package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code needle backup} and {@code needle restore} as a user types them. */
class BackupRestoreCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    @BeforeAll
    static void loopbackOnly() {
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = NeedleCommand.commandLine(() -> false);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        try {
            ((NeedleCommand) cmd.getCommand()).close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return exit;
    }

    @Test
    void aBackupInTheDefaultPlaceRestoresIntoANewDataFolder() throws Exception {
        Path home = tmp.resolve("home");
        save(home, "Ada Lovelace");

        assertThat(run("--data-dir", home.toString(), "backup")).isZero();
        Path backup = Path.of(out.toString().strip());
        assertThat(backup.getParent()).isEqualTo(home.toAbsolutePath().resolve("backups"));
        assertThat(backup.getFileName().toString()).matches("needle-\\d{8}-\\d{6}\\.zip");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        Path elsewhere = tmp.resolve("elsewhere");
        assertThat(run("--data-dir", elsewhere.toString(), "restore", backup.toString())).isZero();
        assertThat(out.toString()).contains("Restored");
        assertThat(names(elsewhere)).containsExactly("Ada Lovelace");
    }

    @Test
    void restoreRefusesADatabaseWithDataUnlessForced() throws Exception {
        Path home = tmp.resolve("home");
        save(home, "Ada Lovelace");
        Path backup = tmp.resolve("ada.zip");
        assertThat(run("--data-dir", home.toString(), "backup", "-o", backup.toString())).isZero();
        save(home, "Grace Hopper");

        assertThat(run("--data-dir", home.toString(), "restore", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("already holds data").contains("--force");
        assertThat(names(home)).containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper");

        assertThat(run("--data-dir", home.toString(), "restore", "--force", backup.toString())).isZero();
        assertThat(names(home)).containsExactly("Ada Lovelace");
        assertThat(out.toString()).contains("kept as");
    }

    @Test
    void restoreGoesAheadWithoutForceIntoTheEmptyDatabaseInitMade() throws Exception {
        Path home = tmp.resolve("home");
        save(home, "Ada Lovelace");
        Path backup = tmp.resolve("ada.zip");
        assertThat(run("--data-dir", home.toString(), "backup", "-o", backup.toString())).isZero();
        Path fresh = tmp.resolve("fresh");
        assertThat(run("--data-dir", fresh.toString(), "init")).isZero();

        assertThat(run("--data-dir", fresh.toString(), "restore", backup.toString())).as(err.toString()).isZero();

        assertThat(names(fresh)).containsExactly("Ada Lovelace");
        assertThat(out.toString()).contains("Restored").doesNotContain("kept as");
    }

    @Test
    void postgresIsBackedUpAndRestoredWithItsOwnToolsAndThePasswordIsNotShown() {
        String url = "jdbc:postgresql://db.example/needle?user=ada&password=hunter2-secret";

        assertThat(run("--db", url, "backup")).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("pg_dump").doesNotContain("hunter2");
        assertThat(run("restore", "--db", url, tmp.resolve("x.sql").toString())).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).contains("pg_restore").doesNotContain("hunter2");
    }

    @Test
    void aMissingBackupFileIsOneLineAndChangesNothing() throws Exception {
        Path home = tmp.resolve("home");
        save(home, "Ada Lovelace");

        assertThat(run("--data-dir", home.toString(), "restore", "--force", tmp.resolve("absent.zip").toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).contains("no such backup file");
        assertThat(names(home)).containsExactly("Ada Lovelace");
    }

    private static void save(Path dataDir, String name) throws Exception {
        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, Map.of())) {
            db.stores().contacts().save(Contact.capture(new ContactId(db.stores().ids().next()), name));
        }
    }

    private static List<String> names(Path dataDir) throws Exception {
        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, Map.of())) {
            return db.stores().contacts().findAll().stream().map(Contact::name).toList();
        }
    }
}
