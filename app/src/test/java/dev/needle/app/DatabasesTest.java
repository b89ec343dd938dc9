package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database is an H2 file in a private data folder, and what is saved is there next time. */
class DatabasesTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void loopbackOnly() {
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    @Test
    void theDefaultDatabaseKeepsDataInAnOwnerOnlyFolder() throws Exception {
        Path dataDir = tmp.resolve("share/needle");
        ContactId id;
        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, Map.of())) {
            id = new ContactId(db.stores().ids().next());
            db.stores().contacts().save(Contact.capture(id, "Ana Ruiz"));
        }

        try (OpenDatabase db = Databases.open(Optional.empty(), dataDir, Map.of())) {
            assertThat(db.stores().contacts().find(id)).map(Contact::name).contains("Ana Ruiz");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        try (var files = Files.list(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).map(this::permissions)).isNotEmpty().allMatch("rw-------"::equals);
        }
        assertThat(Files.readString(dataDir.resolve("db-password")).strip()).hasSizeGreaterThanOrEqualTo(40);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no H2 trace file on a clean first start")
                    .noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void memoryKeepsNothingBetweenOpens() throws Exception {
        ContactId id;
        try (OpenDatabase db = Databases.open(Optional.of("mem:"), tmp, Map.of())) {
            id = new ContactId(db.stores().ids().next());
            db.stores().contacts().save(Contact.capture(id, "Bo Lind"));
            assertThat(db.stores().contacts().find(id)).isPresent();
        }
        try (OpenDatabase db = Databases.open(Optional.of("mem:"), tmp, Map.of())) {
            assertThat(db.stores().contacts().findAll()).isEmpty();
        }
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    private String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
