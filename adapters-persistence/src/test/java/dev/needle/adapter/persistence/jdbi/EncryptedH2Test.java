package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted H2 file keeps its data unreadable at rest and opens only with the right passphrase. */
class EncryptedH2Test {
    private static final String USER = FreshH2Databases.USER;
    private static final String PASSWORD = FreshH2Databases.PASSWORD;
    private static final String MARKER = "Zebulon Quaxworthy";

    @TempDir
    Path tmp;

    @Test
    void theEncryptedFileHidesItsDataWhileThePlainOneShowsIt() throws IOException {
        Path encrypted = tmp.resolve("encrypted");
        Path plain = tmp.resolve("plain");
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.encryptedFileUrl(encrypted), USER,
                H2Urls.encryptedPassword("correct horse battery staple".toCharArray(), PASSWORD))) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), MARKER));
        }
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(plain), USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), MARKER));
        }

        assertThat(contents(H2Urls.databaseFile(plain))).contains(MARKER);
        assertThat(contents(H2Urls.databaseFile(encrypted))).doesNotContain(MARKER).doesNotContain("CONTACTS");
    }

    @Test
    void theRightPassphraseWithSpacesAndAccentsOpensItAgain() {
        char[] passphrase = "ça va  très bien ".toCharArray();
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp), USER, H2Urls.encryptedPassword(passphrase, PASSWORD))) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), MARKER));
        }

        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp), USER, H2Urls.encryptedPassword(passphrase, PASSWORD))) {
            assertThat(db.contacts().findAll()).extracting(Contact::name).containsExactly(MARKER);
        }
    }

    @Test
    void aWrongPassphraseIsToldAsSuchAndNamesTheFile() {
        JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp), USER, H2Urls.encryptedPassword("right one".toCharArray(), PASSWORD)).close();

        assertThatThrownBy(() -> JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp), USER,
                H2Urls.encryptedPassword("wrong one".toCharArray(), PASSWORD)))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("wrong passphrase for " + H2Urls.databaseFile(tmp.toAbsolutePath()))
                .hasNoCause();
    }

    private static String contents(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aBackupOfAnEncryptedDatabaseIsEncryptedAndRestoresOnlyWithThePassphrase() throws IOException {
        String password = H2Urls.encryptedPassword("right one".toCharArray(), PASSWORD);
        Path backup;
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp.resolve("source")), USER, password)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), MARKER));
            backup = db.newBackupFile("needle").orElseThrow();
            db.backupTo(backup);
        }
        assertThat(backup.getFileName().toString()).endsWith(".aes");

        assertThatThrownBy(() -> new H2Restore(tmp.resolve("plain"), false, USER, PASSWORD).restore(backup, false))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("init --encrypt");
        assertThatThrownBy(() -> new H2Restore(tmp.resolve("other"), true, USER,
                H2Urls.encryptedPassword("other one".toCharArray(), PASSWORD)).restore(backup, false))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("cannot decrypt");

        new H2Restore(tmp.resolve("copy"), true, USER, password).restore(backup, false);
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.encryptedFileUrl(tmp.resolve("copy")), USER, password)) {
            assertThat(db.contacts().findAll()).extracting(Contact::name).containsExactly(MARKER);
        }
    }
}
