package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts written on their own connection while a large unit inserts its rows: all of them are
 * there once {@link SearchTextsBeside#finish} returns, a failure there reaches the unit, and a unit that
 * fails first is not kept waiting for the rest.
 */
class SearchTextsBesideTest {
    @TempDir
    Path dataDir;

    private Jdbi database() {
        Jdbi jdbi = Jdbi.create(H2Urls.fileUrl(dataDir), FreshH2Databases.USER, FreshH2Databases.PASSWORD);
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE IF NOT EXISTS contact_search_texts (contact_id BIGINT NOT NULL "
                + "PRIMARY KEY, name_length INTEGER NOT NULL, search_text VARCHAR NOT NULL)"));
        return jdbi;
    }

    private static List<Contact> people(long from, long to) {
        return LongStream.range(from, to).mapToObj(id -> Contact.capture(new ContactId(id), "Ada Number " + id)).toList();
    }

    private static int texts(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM contact_search_texts").mapTo(Integer.class).one());
    }

    @Test
    void everyBatchHandedOnIsCommittedOnceFinishReturns() {
        Jdbi jdbi = database();
        try (SearchTextsBeside beside = new SearchTextsBeside(jdbi.open())) {
            beside.add(people(1, 1001));
            beside.add(people(1001, 2001));
            beside.add(people(2001, 2501));
            beside.finish();

            // Read on another connection: committed, not merely written.
            assertThat(texts(jdbi)).isEqualTo(2500);
        }
    }

    @Test
    void anEmptyBatchDoesNotEndTheWriting() {
        Jdbi jdbi = database();
        try (SearchTextsBeside beside = new SearchTextsBeside(jdbi.open())) {
            beside.add(List.of());
            beside.add(people(1, 11));
            beside.finish();

            assertThat(texts(jdbi)).isEqualTo(10);
        }
    }

    @Test
    void aFailedInsertIsThrownToTheUnit() {
        Jdbi jdbi = database();
        try (SearchTextsBeside beside = new SearchTextsBeside(jdbi.open())) {
            beside.add(people(1, 11));
            beside.add(people(5, 15)); // ids 5 to 10 have their texts already

            assertThatThrownBy(beside::finish).isInstanceOf(UnableToExecuteStatementException.class)
                    .hasMessageContaining("search texts");
        }
    }

    @Test
    void aUnitThatFailsFirstClosesItWithoutWaitingForTheRestAndItsConnectionIsClosed() {
        Jdbi jdbi = database();
        Handle handle = jdbi.open();
        try (SearchTextsBeside beside = new SearchTextsBeside(handle)) {
            beside.add(people(1, 101));
            // the unit fails here: no finish, the close is all
        }

        assertThat(handle.isClosed()).isTrue();
        assertThat(texts(jdbi)).isLessThanOrEqualTo(100);
    }
}
