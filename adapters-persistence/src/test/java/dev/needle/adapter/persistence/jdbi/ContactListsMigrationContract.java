package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Upgrading to version 5 moves each contact's addresses, tags and foreign fields from child rows into
 * its own row, in their order, on either database; a contact without any reads as empty lists.
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
}
