package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.ContactSearchText;
import dev.needle.domain.Reach;
import dev.needle.domain.SearchText;
import dev.needle.domain.Tag;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to version 5 moves each contact's addresses, tags and foreign fields from child rows into
 * its own row, in their order, on either database; a contact without any reads as empty lists. Later
 * versions of the contacts' schema are checked here likewise, on both databases.
 */
abstract class ContactListsMigrationContract {

    /** A database with no schema yet, and a data source, user and password for it. */
    protected abstract String emptyUrl();

    protected abstract DataSource dataSource(String url);

    protected abstract String user();

    protected abstract String password();

    @Test
    void childRowsWrittenByVersionFourAreInTheirContactAfterTheUpgradeInOrder() {
        String url = emptyUrl();
        new FlywayMigrationRunner(List.of(FlywayMigrationRunner.LOCATION), "4").migrate(dataSource(url));
        Jdbi.create(dataSource(url)).useHandle(handle -> {
            for (long id : new long[] {7, 8}) {
                handle.execute("INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version) "
                        + "VALUES (?, 'Ada', '', '', '', 3, 'MET', '', 1)", id);
            }
            handle.execute("INSERT INTO contact_reach (contact_id, medium, ordinal, address) VALUES "
                    + "(7, 'EMAIL', 1, 'second@example.org'), (7, 'EMAIL', 0, 'first@example.org'), "
                    + "(7, 'PHONE', 0, '+44 20 1234'), (7, 'URL', 0, 'https://a.example/?x=1,2;3')");
            handle.execute("INSERT INTO contact_tags (contact_id, side, tag) VALUES "
                    + "(7, 'OFFERS', 'poetry'), (7, 'OFFERS', 'mathematics'), (7, 'LOOKING_FOR', 'funding')");
            handle.execute("INSERT INTO contact_foreign_fields (contact_id, ordinal, field) VALUES "
                    + "(7, 1, 'X-SKYPE:ada'), (7, 0, 'BDAY:1815-12-10')");
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            Contact ada = db.contacts().find(new ContactId(7)).orElseThrow();
            assertThat(ada.reach()).isEqualTo(new Reach(List.of("first@example.org", "second@example.org"),
                    List.of("+44 20 1234"), List.of("https://a.example/?x=1,2;3")));
            assertThat(ada.offers()).containsExactlyInAnyOrder(Tag.of("poetry"), Tag.of("mathematics"));
            assertThat(ada.lookingFor()).containsExactly(Tag.of("funding"));
            assertThat(ada.foreignFields()).containsExactly("BDAY:1815-12-10", "X-SKYPE:ada");

            Contact bare = db.contacts().find(new ContactId(8)).orElseThrow();
            assertThat(bare.reach()).isEqualTo(Reach.NONE);
            assertThat(bare.offers()).isEmpty();
            assertThat(bare.foreignFields()).isEmpty();
            Contact saved = db.contacts().save(bare.edit().offers(Set.of(Tag.of("chess"))).build());
            assertThat(db.contacts().find(bare.id())).contains(saved);
        }
    }

    private static final String EMPTY = "CAST(ARRAY[] AS VARCHAR ARRAY)";

    /** Version 7 (issue 17): every contact stored before has a UID of its own afterwards, and no name parts yet. */
    @Test
    void contactsStoredBeforeVersionSevenEachGetTheirOwnUid() {
        String url = emptyUrl();
        new FlywayMigrationRunner(List.of(FlywayMigrationRunner.LOCATION), "6").migrate(dataSource(url));
        Jdbi.create(dataSource(url)).useHandle(handle -> {
            for (long id : new long[] {7, 8}) {
                handle.execute("INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version, "
                        + "emails, phones, urls, offers, looking_for, foreign_fields) VALUES (?, 'Ada', '', '', '', 3, 'MET', '', 1, "
                        + "ARRAY['ada@example.org'], " + EMPTY + ", " + EMPTY + ", " + EMPTY + ", " + EMPTY + ", " + EMPTY + ")", id);
            }
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            Contact first = db.contacts().find(new ContactId(7)).orElseThrow();
            Contact second = db.contacts().find(new ContactId(8)).orElseThrow();
            assertThat(first.uid()).matches("[0-9a-f-]{36}").isNotEqualTo(second.uid());
            assertThat(first.nameParts().isEmpty()).isTrue();
            assertThat(first.categories()).isEmpty();
            assertThat(db.contacts().find(first.id()).orElseThrow().uid()).isEqualTo(first.uid());
        }
    }

    /**
     * Version 25: contacts stored before it have no folded search text kept; the first search folds
     * them (the same answer as folding the contacts) and keeps what it folded, so the next one need not.
     */
    @Test
    void contactsStoredBeforeVersionTwentyFiveAreSearchedFromTheFirstSearchOnAndTheirTextsKept() {
        String url = emptyUrl();
        new FlywayMigrationRunner(List.of(FlywayMigrationRunner.LOCATION), "24").migrate(dataSource(url));
        Jdbi.create(dataSource(url)).useHandle(handle -> {
            insertAsAnOlderNeedle(handle, 7, "José Álvarez", "Met in Κρήτη");
            insertAsAnOlderNeedle(handle, 8, "Dora Åberg", "");
        });

        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            assertThat(keptTexts(url)).as("none kept at the upgrade").isEmpty();

            assertThat(db.contacts().findSearchTexts()).isEqualTo(foldedNow(db));
            assertThat(db.contacts().findSearchTexts()).extracting(ContactSearchText::text)
                    .containsExactly("jose alvarez poetry ada@example.org met in κρητη", "dora aberg poetry ada@example.org");
            assertThat(keptTexts(url)).as("kept after the first search").isEqualTo(foldedNow(db));
            assertKeptUpToTheLatestChange(url);
        }
    }

    /**
     * A version of Needle from before 25 keeps no texts when it writes: its changes (named in their change
     * sets) are folded again rather than answered from a text kept before them, and a contact it deletes
     * takes its text with it.
     */
    @Test
    void contactsAnOlderNeedleChangedAreNotAnsweredFromTheirOldTexts() {
        String url = emptyUrl();
        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            Contact jose = db.contacts().save(Contact.capture(new ContactId(7), "José Álvarez"));
            db.contacts().save(Contact.capture(new ContactId(8), "Dora Åberg"));
            db.contacts().save(Contact.capture(new ContactId(9), "Émile Zola"));
            assertKeptUpToTheLatestChange(url);

            Jdbi.create(dataSource(url)).useHandle(handle -> {
                handle.execute("UPDATE contacts SET name = 'Ana Berg', version = version + 1 WHERE id = ?", jose.id().value());
                changeSetAsAnOlderNeedle(handle, 7);
                insertAsAnOlderNeedle(handle, 10, "Ørjan Lie", "");
                changeSetAsAnOlderNeedle(handle, 10);
                handle.execute("DELETE FROM contacts WHERE id = 9");
                handle.execute("UPDATE contact_revision SET revision = revision + 1 WHERE id = 1");
            });

            assertThat(db.contacts().findSearchTexts()).isEqualTo(foldedNow(db))
                    .extracting(ContactSearchText::foldedName).containsExactly("ana berg", "dora aberg", "ørjan lie");
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db));
            assertKeptUpToTheLatestChange(url);
        }
    }

    /** Texts folded by another fold (another JDK's Unicode tables, or a changed rule) are folded again. */
    @Test
    void textsKeptByAnotherFoldAreFoldedAgain() {
        String url = emptyUrl();
        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            db.contacts().save(Contact.capture(new ContactId(7), "José Álvarez"));
            Jdbi.create(dataSource(url)).useHandle(handle -> {
                handle.execute("UPDATE contact_search_state SET fold = fold + 1");
                handle.execute("UPDATE contact_search_texts SET search_text = 'jose alvarez under another fold'");
            });

            assertThat(db.contacts().findSearchTexts()).isEqualTo(foldedNow(db));
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db));
            assertKeptUpToTheLatestChange(url);
        }
    }

    /** Every write of this version keeps the texts itself: none is left for a search to fold. */
    @Test
    void everyWriteKeepsTheFoldedTextsOfWhatItChanged() {
        String url = emptyUrl();
        try (JdbiPersistence db = JdbiPersistence.open(url, user(), password())) {
            Contact jose = db.contacts().save(Contact.capture(new ContactId(7), "José Álvarez").edit()
                    .offers(Set.of(Tag.of("Ópera"), Tag.of("Chess"))).notes("Κρήτη").build());
            assertKeptUpToTheLatestChange(url);
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db));

            db.contacts().save(jose.edit().name("Josefa Ortiz").notes("").build());
            assertKeptUpToTheLatestChange(url);
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db));

            List<Contact> many = IntStream.range(0, 1_100)
                    .mapToObj(i -> Contact.capture(new ContactId(100 + i), "Person " + i)).toList();
            db.contacts().saveAll(Stream.concat(many.stream(), Stream.of(db.contacts().find(jose.id()).orElseThrow()
                    .edit().role("Cellist").build())).toList());
            assertKeptUpToTheLatestChange(url);
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db));

            db.transactions().run(() -> {
                db.contacts().delete(jose.id());
                db.contacts().save(Contact.capture(new ContactId(8), "Dora Åberg"));
            });
            db.contacts().delete(new ContactId(100));
            assertKeptUpToTheLatestChange(url);
            assertThat(keptTexts(url)).isEqualTo(foldedNow(db)).hasSize(1_100);
        }
    }

    /**
     * A search that folded everyone keeps what it read; a save committed in between is newer than what
     * it keeps, and its change is after the revision the search read, so it is folded again, not lost.
     */
    @Test
    void aSaveBetweenASearchAndTheKeepingOfItsTextsIsNotLost() {
        String url = emptyUrl();
        JdbiPersistence.open(url, user(), password()).close();
        HandleScope scope = new HandleScope(Jdbi.create(dataSource(url)), url.startsWith("jdbc:h2:"), failure -> failure);
        JdbiContactStore store = new JdbiContactStore(scope);
        Contact jose = store.save(Contact.capture(new ContactId(7), "José Álvarez"));
        store.save(Contact.capture(new ContactId(8), "Dora Åberg"));
        Jdbi.create(dataSource(url)).useHandle(handle -> handle.execute("UPDATE contact_search_state SET revision = -1"));

        int fold = SearchText.version();
        KeptSearchTexts.Read read = scope.readWholeTables(handle -> KeptSearchTexts.read(handle, fold));
        store.save(jose.edit().name("Ana Berg").build());
        KeptSearchTexts.keep(scope, read, fold);

        List<ContactSearchText> now = store.findAll().stream().map(ContactSearchText::of).toList();
        assertThat(store.findSearchTexts()).isEqualTo(now)
                .extracting(ContactSearchText::foldedName).containsExactly("ana berg", "dora aberg");
        assertThat(keptTexts(url)).isEqualTo(now);
        assertKeptUpToTheLatestChange(url);
    }

    private static List<ContactSearchText> foldedNow(JdbiPersistence db) {
        return db.contacts().findAll().stream().map(ContactSearchText::of).toList();
    }

    private List<ContactSearchText> keptTexts(String url) {
        return Jdbi.create(dataSource(url)).withHandle(SearchTextRows::all);
    }

    /** The kept texts need no folding: whole and current up to the latest contact change, by this fold. */
    private void assertKeptUpToTheLatestChange(String url) {
        SearchTextState state = Jdbi.create(dataSource(url)).withHandle(SearchTextState::read);
        assertThat(state.revision()).as("texts kept up to").isEqualTo(state.now());
        assertThat(state.keptBy(SearchText.version())).isTrue();
    }

    private static void insertAsAnOlderNeedle(Handle handle, long id, String name, String notes) {
        handle.execute("INSERT INTO contacts (id, name, company, role, origin_place, rapport, stage, notes, version, "
                + "emails, phones, urls, offers, looking_for, foreign_fields, uid, categories, reach_labels) "
                + "VALUES (?, ?, '', '', '', 3, 'MET', ?, 1, ARRAY['ada@example.org'], " + EMPTY + ", " + EMPTY
                + ", ARRAY['poetry'], " + EMPTY + ", " + EMPTY + ", ?, " + EMPTY + ", " + EMPTY + ")",
                id, name, notes, "uid-" + id);
    }

    /** What every version since 4 does as it commits a save: a new revision naming the ids it saved. */
    private static void changeSetAsAnOlderNeedle(Handle handle, long id) {
        handle.execute("UPDATE contact_revision SET revision = revision + 1 WHERE id = 1");
        handle.execute("INSERT INTO contact_change_sets (revision, id_ranges) "
                + "SELECT revision, CAST(ARRAY[" + id + ", " + id + "] AS BIGINT ARRAY) FROM contact_revision WHERE id = 1");
    }
}
