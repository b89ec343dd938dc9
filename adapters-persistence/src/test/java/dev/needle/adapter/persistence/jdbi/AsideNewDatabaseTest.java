package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new folder's import fills its database aside and puts it in place at the end: nothing appears at
 * the database's place before that, a failure or a close without it leaves nothing, and a database
 * another process put there meanwhile is never replaced.
 */
class AsideNewDatabaseTest {
    private static final String USER = "needle";
    private static final String PASSWORD = "a-real-password";
    /** More than two of the contact store's batches, so the unit commits in steps. */
    private static final int MANY = 2_500;

    @TempDir
    Path dataDir;

    private String url() {
        return H2Urls.fileUrl(dataDir);
    }

    private static List<Contact> people(JdbiPersistence db, String prefix) {
        long[] ids = db.ids().nextBlock(MANY);
        return IntStream.range(0, MANY).mapToObj(i -> Contact.capture(new ContactId(ids[i]), prefix + " " + i)).toList();
    }

    private List<String> entries() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLargeUnitFilledAsideAppearsOnlyOncePutInPlaceAndIsOneRevisionLikeAnyOther() throws Exception {
        long before;
        try (JdbiPersistence db = JdbiPersistence.openNewAside(url(), USER, PASSWORD).orElseThrow()) {
            before = db.contacts().revision();
            db.transactions().inLargeTransaction(() -> db.contacts().saveAll(people(db, "Aside")));

            assertThat(H2Urls.databaseFile(dataDir)).as("nothing in place before the end").doesNotExist();
            assertThat(db.contacts().revision()).isEqualTo(before + 1);
            assertThat(db.putInPlace()).isTrue();
        }

        assertThat(entries()).containsExactly("needle.mv.db");
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).hasSize(MANY);
            assertThat(db.contacts().revision()).isEqualTo(before + 1);
            assertThat(db.contacts().changesSince(before).saved()).hasSize(MANY);
        }
    }

    /**
     * The texts of contacts committed in steps go in without H2 checking each one's contact; that check
     * is the whole database's, so the database put in place must have it on.
     */
    @Test
    void contactsCommittedInStepsKeepTheirTextsAndTheForeignKeyHoldsAfterwards() throws Exception {
        try (JdbiPersistence db = JdbiPersistence.openNewAside(url(), USER, PASSWORD).orElseThrow()) {
            List<Contact> people = people(db, "Texted");
            db.transactions().inLargeTransaction(() -> db.contacts().saveAll(people));

            assertThat(db.contacts().findSearchTexts()).hasSize(MANY);
            assertThat(db.putInPlace()).isTrue();
        }

        assertThatThrownBy(() -> insertTextOfNobody(url()))
                .isInstanceOf(SQLException.class).hasMessageContaining("Referential integrity");
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findSearchTexts()).hasSize(MANY);
            Contact first = db.contacts().findAll().get(0);
            db.contacts().delete(first.id());
            assertThat(db.contacts().findSearchTexts()).hasSize(MANY - 1)
                    .noneMatch(text -> text.id().equals(first.id()));
        }
    }

    private static void insertTextOfNobody(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO contact_search_texts (contact_id, name_length, search_text) "
                    + "VALUES (999999999, 6, 'nobody')");
        }
    }

    /**
     * Inside the unit filling a database aside, a block moves the sequence past itself instead of reading
     * it for every id: the blocks still follow each other without a gap or a repeat, and every id drawn
     * after the unit, before and after the database is put in place, is larger.
     */
    @Test
    void idsDrawnInTheUnitFillingADatabaseAsideNeverRepeatAfterwards() throws Exception {
        long[] first;
        long[] second;
        long[] single;
        long after;
        try (JdbiPersistence db = JdbiPersistence.openNewAside(url(), USER, PASSWORD).orElseThrow()) {
            long before = db.ids().next();
            long[][] drawn = db.transactions().inLargeTransaction(() -> {
                long[] block = db.ids().nextBlock(MANY);
                db.contacts().saveAll(IntStream.range(0, MANY)
                        .mapToObj(i -> Contact.capture(new ContactId(block[i]), "Drawn " + i)).toList());
                return new long[][] {block, db.ids().nextBlock(8), db.ids().nextBlock(1)};
            });
            first = drawn[0];
            second = drawn[1];
            single = drawn[2];
            after = db.ids().next();

            assertThat(first).containsExactly(LongStream.range(before + 1, before + 1 + MANY).toArray());
            assertThat(second).containsExactly(LongStream.range(before + 1 + MANY, before + 9 + MANY).toArray());
            assertThat(single).containsExactly(before + 9 + MANY);
            assertThat(after).isEqualTo(before + 10 + MANY);
            assertThat(db.putInPlace()).isTrue();
        }

        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).hasSize(MANY);
            assertThat(db.ids().next()).isGreaterThan(after);
            assertThat(LongStream.of(db.ids().nextBlock(3)).min().orElseThrow()).isGreaterThan(after);
        }
    }

    @Test
    void aLargeUnitOnTheLiveDatabaseIsOneRevisionAsWell() {
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            long before = db.contacts().revision();
            db.transactions().inLargeTransaction(() -> db.contacts().saveAll(people(db, "Live")));

            assertThat(db.contacts().revision()).isEqualTo(before + 1);
            assertThat(db.contacts().changesSince(before).saved()).hasSize(MANY);
        }
    }

    @Test
    void aFailureAfterStepsOrACloseWithoutPuttingInPlaceLeavesNothing() throws Exception {
        try (JdbiPersistence db = JdbiPersistence.openNewAside(url(), USER, PASSWORD).orElseThrow()) {
            assertThatThrownBy(() -> db.transactions().inLargeTransaction(() -> {
                db.contacts().saveAll(people(db, "Lost"));
                throw new IllegalStateException("the import failed");
            })).hasMessage("the import failed");
        }

        assertThat(entries()).isEmpty();
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).isEmpty();
        }
    }

    @Test
    void aDatabaseAnotherProcessCreatedMeanwhileIsLeftAsItIs() throws Exception {
        Contact grace;
        try (JdbiPersistence aside = JdbiPersistence.openNewAside(url(), USER, PASSWORD).orElseThrow()) {
            aside.transactions().inLargeTransaction(() -> aside.contacts().saveAll(people(aside, "Aside")));
            try (JdbiPersistence other = JdbiPersistence.open(url(), USER, PASSWORD)) {
                grace = other.contacts().save(Contact.capture(new ContactId(other.ids().next()), "Grace Hopper"));
            }

            assertThat(aside.putInPlace()).isFalse();
        }

        assertThat(entries()).containsExactly("needle.mv.db");
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).containsExactly(grace);
        }
    }

    @Test
    void anExistingDatabaseIsNotBuiltAside() {
        JdbiPersistence.open(url(), USER, PASSWORD).close();

        assertThat(JdbiPersistence.openNewAside(url(), USER, PASSWORD)).isEmpty();
    }

    /** A killed import leaves its folder with a closed file; the next build beside it removes it at once. */
    @Test
    void whatAKilledImportLeftIsRemovedByTheNextBuildAndAFolderJustMadeIsKept() throws Exception {
        Path killed = Files.createDirectory(dataDir.resolve(H2FileAside.IMPORT + "1234"));
        JdbiPersistence.open(H2Urls.withFile(url(), killed.resolve("needle")), USER, PASSWORD).close();
        Path starting = Files.createDirectory(dataDir.resolve(H2FileAside.IMPORT + "5678"));

        JdbiPersistence.open(url(), USER, PASSWORD).close();

        assertThat(entries()).containsExactly(starting.getFileName().toString(), "needle.mv.db");
    }

    /** Killed between linking its file into place and removing the folder aside: the next start removes the folder. */
    @Test
    void aSecondNameOfTheLiveFileLeftAsideIsRemovedByTheNextStartAndTheDatabaseKept() throws Exception {
        Contact grace;
        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            grace = db.contacts().save(Contact.capture(new ContactId(db.ids().next()), "Grace Hopper"));
        }
        Path killed = Files.createDirectory(dataDir.resolve(H2FileAside.IMPORT + "1234"));
        Files.createLink(killed.resolve("needle.mv.db"), H2Urls.databaseFile(dataDir));

        try (JdbiPersistence db = JdbiPersistence.open(url(), USER, PASSWORD)) {
            assertThat(db.contacts().findAll()).containsExactly(grace);
        }

        assertThat(entries()).containsExactly("needle.mv.db");
    }
}
