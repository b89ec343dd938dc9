package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds the whole database; a restore puts it back whole, and never over data unless forced. */
class H2BackupRestoreTest {
    private static final String USER = FreshH2Databases.USER;
    private static final String PASSWORD = FreshH2Databases.PASSWORD;

    @TempDir
    Path tmp;

    @Test
    void aBackupRestoredIntoAnEmptyFolderGivesBackEveryContactAndKeepsHandingOutNewIds() throws IOException {
        Path original = tmp.resolve("original");
        Path backup = tmp.resolve("out/needle.zip");
        Contact hostile;
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(original), USER, PASSWORD)) {
            hostile = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "O'Neil'; DROP TABLE contacts; -- 李 🎉")
                    .edit().notes("n".repeat(10_000)).build());
            db.backupTo(backup);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        Path fresh = tmp.resolve("fresh");
        Optional<Path> replaced = new H2Restore(fresh, false, USER, PASSWORD).restore(backup, false);

        assertThat(replaced).isEmpty();
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(fresh), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).containsExactly(hostile);
            assertThat(db.ids().next()).isGreaterThan(hostile.id().value());
        }
    }

    @Test
    void aBackupNeverOverwritesAnExistingFile() throws IOException {
        Path backup = Files.writeString(tmp.resolve("precious.zip"), "not mine to replace");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(tmp.resolve("db")), USER, PASSWORD)) {
            assertThatThrownBy(() -> db.backupTo(backup)).hasMessageContaining("precious.zip");
        }
        assertThat(Files.readString(backup)).isEqualTo("not mine to replace");
    }

    @Test
    void aDatabaseWithDataIsReplacedOnlyWhenForcedAndItsOldFileIsKept() throws IOException {
        Path dataDir = tmp.resolve("live");
        Path backup = tmp.resolve("ada.zip");
        Contact ada;
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD)) {
            ada = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Ada"));
            db.backupTo(backup);
            db.contacts().delete(ada.id());
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Written after the backup"));
        }
        H2Restore restore = new H2Restore(dataDir, false, USER, PASSWORD);

        assertThatThrownBy(() -> restore.restore(backup, false))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("already holds data").hasMessageContaining("--force");
        assertThat(names(dataDir)).containsExactly("Written after the backup");

        Optional<Path> replaced = restore.restore(backup, true);

        assertThat(names(dataDir)).containsExactly("Ada");
        assertThat(replaced).isPresent();
        assertThat(replaced.get().getParent()).isEqualTo(dataDir.toAbsolutePath().resolve("backups"));
        assertThat(mode(replaced.get().getParent())).as("the backups folder").isEqualTo("rwx------");
        assertThat(mode(replaced.get())).as("the replaced database, kept").isEqualTo("rw-------");
        Path kept = Files.createDirectory(tmp.resolve("kept"));
        Files.copy(replaced.get(), H2Urls.databaseFile(kept));
        assertThat(names(kept)).as("the replaced database, kept").containsExactly("Written after the backup");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("restore-"));
        }
    }

    @Test
    void aDatabaseWithNoUserDataIsReplacedWithoutForceAndNothingIsKept() throws IOException {
        Path backup = tmp.resolve("ada.zip");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(tmp.resolve("original")), USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Ada"));
            db.backupTo(backup);
        }
        Path initialized = tmp.resolve("initialized");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(initialized), USER, PASSWORD)) {
            // Made and migrated, as `needle init` leaves it; a contact saved and deleted again leaves only bookkeeping.
            Contact gone = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Saved by mistake"));
            db.contacts().delete(gone.id());
        }

        Optional<Path> replaced = new H2Restore(initialized, false, USER, PASSWORD).restore(backup, false);

        assertThat(replaced).as("nothing worth keeping").isEmpty();
        assertThat(names(initialized)).containsExactly("Ada");
    }

    @Test
    void aBackupsFolderLeftOpenByAnOlderVersionIsMadePrivateByTheNextBackup() throws IOException {
        Path dataDir = tmp.resolve("live");
        Path backups = Files.createDirectories(dataDir.resolve("backups"));
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path older = Files.writeString(backups.resolve("needle-replaced-20250101-000000.mv.db"), "an older copy");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Ada"));
            Path file = db.newBackupFile("needle").orElseThrow();
            db.backupTo(file);

            assertThat(file.getParent()).isEqualTo(backups.toAbsolutePath());
            assertThat(mode(backups)).isEqualTo("rwx------");
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(older)).isEqualTo("rw-------");
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aFileThatIsNotANeedleBackupChangesNothing() throws IOException {
        Path dataDir = tmp.resolve("live");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Kept"));
        }
        Path garbage = Files.write(tmp.resolve("garbage.zip"), new byte[] {1, 2, 3, 4});

        assertThatThrownBy(() -> new H2Restore(dataDir, false, USER, PASSWORD).restore(garbage, true))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("nothing was changed");
        Path otherDatabase = tmp.resolve("other.zip");
        org.jdbi.v3.core.Jdbi.create("jdbc:h2:mem:other", USER, PASSWORD).useHandle(handle -> {
            handle.execute("CREATE TABLE contacts (id INT)");
            handle.execute("SCRIPT TO '" + otherDatabase + "' COMPRESSION ZIP");
        });
        assertThatThrownBy(() -> new H2Restore(dataDir, false, USER, PASSWORD).restore(otherDatabase, true))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("not a Needle backup");

        assertThat(names(dataDir)).containsExactly("Kept");
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsNotRestoredOverButOneLeftByAKilledProcessIs() throws Exception {
        Path dataDir = tmp.resolve("live");
        Path backup = tmp.resolve("b.zip");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "In the backup"));
            db.backupTo(backup);
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "After the backup"));
        }
        H2Restore restore = new H2Restore(dataDir, false, USER, PASSWORD);

        try (ChildJvm other = ChildJvm.start(SessionChild.class, tmp.resolve("child.err"), dataDir.toString())) {
            assertThat(other.readLine()).isEqualTo("ready");

            assertThatThrownBy(() -> restore.restore(backup, true))
                    .isInstanceOf(RestoreRefusedException.class)
                    .hasMessageContaining("open in another Needle session");

            // Killed: its lock file stays behind, and must not block a restore for ever.
            other.kill();
        }
        restore.restore(backup, true);

        assertThat(names(dataDir)).containsExactly("In the backup");
    }

    private static List<String> names(Path dataDir) {
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD)) {
            return db.contacts().findAll().stream().map(Contact::name).toList();
        }
    }
}
