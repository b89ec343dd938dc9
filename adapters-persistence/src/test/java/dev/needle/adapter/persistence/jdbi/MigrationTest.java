package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Tag;
import dev.needle.domain.TeammateId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database made by an older schema keeps every row, and an existing H2 database is backed up
 * before any migration touches it.
 */
class MigrationTest {
    private static final String USER = FreshH2Databases.USER;
    private static final String PASSWORD = FreshH2Databases.PASSWORD;
    private static final String TEST_V2 = "classpath:db/test-migration";

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseCreatedByVersionOneAndFilledWithPlainSqlOpensAtTheCurrentVersionWithNothingLost() {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "1");
        Jdbi v1 = Jdbi.create(url, USER, PASSWORD);
        v1.useHandle(handle -> {
            handle.execute("INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version) "
                    + "VALUES (7, 'Ada O''Brien', 'Analytical', 'Engineer', 'Conference', 3, 'MET', 'likes gears', 1)");
            handle.execute("INSERT INTO contact_reach (contact_id, medium, ordinal, address) VALUES (7, 'EMAIL', 0, 'ada@example.org')");
            handle.execute("INSERT INTO contact_tags (contact_id, side, tag) VALUES (7, 'OFFERS', 'mathematics')");
            handle.execute("ALTER SEQUENCE needle_ids RESTART WITH 100");
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            Contact ada = db.contacts().find(new ContactId(7)).orElseThrow();
            assertThat(ada.name()).isEqualTo("Ada O'Brien");
            assertThat(ada.company()).isEqualTo("Analytical");
            assertThat(ada.notes()).isEqualTo("likes gears");
            assertThat(ada.reach().emails()).containsExactly("ada@example.org");
            assertThat(ada.offers()).containsExactly(new Tag("mathematics"));
            assertThat(ada.version()).isEqualTo(1);
            assertThat(db.ids().next()).isGreaterThanOrEqualTo(100);
        }
        assertThat(appliedVersions(url)).contains(SchemaVersion.CURRENT);
    }

    @Test
    void marksWrittenOneRowPerRecordBeforeRunsAreReadAndChangedAfterTheUpgrade() {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "24");
        Jdbi.create(url, USER, PASSWORD).useHandle(handle -> {
            handle.execute("INSERT INTO record_marks (kind, record_id, added_by, added_at) "
                    + "VALUES ('contact', 7, 11, TIMESTAMP '2026-12-03 09:15:00')");
            handle.execute("INSERT INTO record_marks (kind, record_id, added_by, added_at) "
                    + "VALUES ('contact', 8, 11, TIMESTAMP '2026-12-03 09:15:00')");
            handle.execute("ALTER SEQUENCE needle_ids RESTART WITH 100");
        });
        RecordMark.Stamp alice = new RecordMark.Stamp(new TeammateId(11), LocalDateTime.of(2026, 12, 3, 9, 15));
        RecordMark.Stamp bob = new RecordMark.Stamp(new TeammateId(12), LocalDateTime.of(2026, 12, 6, 10, 42));

        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            db.marks().mark(RecordKind.CONTACT, List.of(7L, 8L, 9L, 10L), RecordMark.Deed.ADDED, bob);
            db.marks().mark(RecordKind.CONTACT, 8, RecordMark.Deed.CHANGED, bob);

            assertThat(db.marks().all()).containsExactly(
                    new RecordMark(RecordKind.CONTACT, 7, Optional.of(alice), Optional.empty(), Optional.empty()),
                    new RecordMark(RecordKind.CONTACT, 8, Optional.of(alice), Optional.of(bob), Optional.empty()),
                    new RecordMark(RecordKind.CONTACT, 9, Optional.of(bob), Optional.empty(), Optional.empty()),
                    new RecordMark(RecordKind.CONTACT, 10, Optional.of(bob), Optional.empty(), Optional.empty()));
        }
        assertThat(appliedVersions(url)).contains(SchemaVersion.CURRENT);
    }

    @Test
    void anEventKeptBeforeEventsHadTimesIsAllDayAfterTheUpgradeAndTakesATime() {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "27");
        Jdbi.create(url, USER, PASSWORD).useHandle(handle -> {
            handle.execute("INSERT INTO events (id, name, held_on, place, notes, version) "
                    + "VALUES (7, 'UX Lyon Meetup #42', DATE '2026-12-17', 'La Cordée', '', 1)");
            handle.execute("ALTER SEQUENCE needle_ids RESTART WITH 100");
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            Event meetup = db.events().find(new EventId(7)).orElseThrow();
            assertThat(meetup.time()).isEqualTo(EventTime.ALL_DAY);
            Event timed = db.events().save(meetup.at(EventTime.read("7pm")));
            assertThat(db.events().find(new EventId(7))).contains(timed);
        }
        assertThat(appliedVersions(url)).contains(SchemaVersion.CURRENT);
    }

    @Test
    void contactsStampedByVersionThreeAreNotReadAgainAfterTheUpgradeAndLaterSavesAreSeenByOtherSessions() {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "3");
        Jdbi.create(url, USER, PASSWORD).useHandle(handle -> {
            handle.execute("INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version, revision) "
                    + "VALUES (7, 'Ada', '', '', '', 3, 'MET', '', 1, 5)");
            handle.execute("UPDATE contact_revision SET revision = 5");
            handle.execute("ALTER SEQUENCE needle_ids RESTART WITH 100");
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            assertThat(db.contacts().revision()).isEqualTo(5);
            assertThat(db.contacts().changesSince(5).saved()).isEmpty();
            // Rows from before the upgrade belong to no change set: every session read them when it started.
            assertThat(db.contacts().changesSince(0).saved()).isEmpty();
            Contact grace = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Grace"));

            assertThat(grace.id().value()).isGreaterThanOrEqualTo(100);
            assertThat(db.contacts().changesSince(5).saved()).extracting(Contact::name).containsExactly("Grace");
            assertThat(db.contacts().find(new ContactId(7))).map(Contact::name).contains("Ada");
        }
    }

    @Test
    void anExistingDatabaseIsBackedUpBeforeAMigrationAndKeepsItsData() throws IOException {
        String url = H2Urls.fileUrl(dataDir);
        // Plain SQL: today's store writes columns a version-1 schema does not have yet.
        migrateTo(url, "1");
        ContactId grace = new ContactId(7);
        Jdbi.create(url, USER, PASSWORD).useHandle(handle -> handle.execute(
                "INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version) "
                        + "VALUES (7, 'Grace Hopper', '', '', '', 3, 'MET', '', 1)"));

        // Stopped at version 2, the schema is older than today's store reads: Grace is looked up in SQL.
        JdbiPersistence.open(url, USER, PASSWORD, nextVersionRunner()).close();
        List<String> names = Jdbi.create(url, USER, PASSWORD).withHandle(handle -> handle
                .createQuery("SELECT name FROM contacts WHERE id = 7").mapTo(String.class).list());
        assertThat(names).containsExactly("Grace Hopper");

        List<Path> backups = backups();
        assertThat(backups).singleElement()
                .satisfies(file -> assertThat(file.getFileName().toString()).matches("needle-before-V2-\\d{8}-\\d{6}\\.zip"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.get(0)))).isEqualTo("rw-------");
        assertThat(appliedVersions(url)).containsExactly("1", "2");

        // The backup is the database as it was before the migration: version 1, with Grace in it.
        Path restored = Files.createDirectory(dataDir.resolve("restored"));
        new H2Restore(restored, false, USER, PASSWORD).restore(backups.get(0), false);
        assertThat(appliedVersions(H2Urls.fileUrl(restored))).containsExactly("1");
        // The current code reads the current schema, so the restored copy is upgraded on open.
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(restored), USER, PASSWORD)) {
            assertThat(db.contacts().find(grace)).map(Contact::name).contains("Grace Hopper");
        }
    }

    /**
     * H2 commits each schema statement on its own: an upgrade killed halfway in the live file left a
     * schema the next start could not migrate again ("Table CONTACT_FOREIGN_FIELDS already exists").
     */
    @Test
    void anUpgradeThatDiesHalfwayLeavesTheDatabaseAsItWasAndTheNextStartUpgradesIt() throws IOException {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "1");
        Jdbi.create(url, USER, PASSWORD).useHandle(handle -> handle.execute(
                "INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version) "
                        + "VALUES (7, 'Grace Hopper', '', '', '', 3, 'MET', '', 1)"));
        MigrationRunner diesHalfway = new MigrationRunner() {
            @Override
            public void migrate(javax.sql.DataSource dataSource) {
                Jdbi.create(dataSource).useHandle(handle -> handle.execute(
                        "CREATE TABLE contact_foreign_fields (contact_id BIGINT, ordinal INTEGER, field VARCHAR)"));
                throw new IllegalStateException("killed in the middle of the upgrade");
            }

            @Override
            public String targetVersion() {
                return "2";
            }
        };

        assertThatThrownBy(() -> JdbiPersistence.open(url, USER, PASSWORD, diesHalfway))
                .hasMessageContaining("killed in the middle of the upgrade");

        assertThat(appliedVersions(url)).containsExactly("1");
        Integer halfDone = Jdbi.create(url, USER, PASSWORD).withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CONTACT_FOREIGN_FIELDS'")
                .mapTo(Integer.class).one());
        assertThat(halfDone).as("nothing of the upgrade in the database").isZero();
        JdbiPersistence.open(url, USER, PASSWORD, nextVersionRunner()).close();
        assertThat(appliedVersions(url)).containsExactly("1", "2");
        List<String> names = Jdbi.create(url, USER, PASSWORD).withHandle(handle -> handle
                .createQuery("SELECT name FROM contacts WHERE id = 7").mapTo(String.class).list());
        assertThat(names).containsExactly("Grace Hopper");
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("upgrade-"));
        }
    }

    /** An upgrade in the live file would have pulled the schema from under an older session still using it. */
    @Test
    void anUpgradeWaitsUntilNoOtherSessionHasTheDatabaseOpen() throws Exception {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "1");
        try (ChildJvm older = ChildJvm.start(HoldingChild.class, dataDir.resolve("child.err"), dataDir.toString(),
                USER, PASSWORD)) {
            assertThat(older.readLine()).isEqualTo("ready");

            assertThatThrownBy(() -> JdbiPersistence.open(url, USER, PASSWORD, nextVersionRunner()))
                    .hasMessageContaining("is open in another Needle session; close that one, then start again");
            assertThat(appliedVersions(url)).containsExactly("1");
        }

        JdbiPersistence.open(url, USER, PASSWORD, nextVersionRunner()).close();
        assertThat(appliedVersions(url)).containsExactly("1", "2");
    }

    /** A full-screen start opens its database ahead, on a second thread; an upgrade must still get the file to itself. */
    @Test
    void aDatabaseOpenedAheadIsStillUpgraded() {
        String url = H2Urls.fileUrl(dataDir);
        migrateTo(url, "1");
        H2OpenAhead.start(dataDir, USER, () -> java.util.Optional.of(PASSWORD));
        assertThat(H2OpenAhead.isOpen()).isTrue();

        JdbiPersistence.open(url, USER, PASSWORD, nextVersionRunner()).close();

        assertThat(appliedVersions(url)).containsExactly("1", "2");
        assertThat(H2OpenAhead.isOpen()).isFalse();
    }

    @Test
    void aNewEmptyDatabaseIsMigratedWithoutABackup() throws IOException {
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(dataDir), USER, PASSWORD, nextVersionRunner())) {
            assertThat(db.needs().findAll()).isEmpty();
        }

        assertThat(backups()).isEmpty();
    }

    @Test
    void anUpToDateDatabaseIsNotBackedUpAgain() throws IOException {
        String url = H2Urls.fileUrl(dataDir);
        try (JdbiPersistence db = JdbiPersistence.open(url, USER, PASSWORD)) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Linus"));
        }
        JdbiPersistence.open(url, USER, PASSWORD).close();

        assertThat(backups()).isEmpty();
    }

    private static FlywayMigrationRunner nextVersionRunner() {
        return new FlywayMigrationRunner(List.of(FlywayMigrationRunner.LOCATION, TEST_V2), "2");
    }

    private static void migrateTo(String url, String version) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        try {
            new FlywayMigrationRunner(List.of(FlywayMigrationRunner.LOCATION), version).migrate(pool);
        } finally {
            pool.dispose();
        }
    }

    private static List<String> appliedVersions(String url) {
        return Jdbi.create(url, USER, PASSWORD).withHandle(handle -> handle.createQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .mapTo(String.class).list());
    }

    private List<Path> backups() throws IOException {
        Path folder = dataDir.resolve(H2Scripts.BACKUPS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
