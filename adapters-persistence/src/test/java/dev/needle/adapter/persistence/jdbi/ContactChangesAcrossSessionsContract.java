package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two sessions opened on one database: what one saves or deletes reaches the other's search index on
 * its next search, even when the other session's transactions commit out of the order they began in.
 */
abstract class ContactChangesAcrossSessionsContract {
    private JdbiPersistence first;
    private JdbiPersistence second;

    /** Opens a new session on the database under test (the same database on every call within a test). */
    protected abstract JdbiPersistence openSession();

    private void open() {
        first = openSession();
        second = openSession();
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static Contact save(JdbiPersistence session, String name) {
        return session.contacts().save(Contact.capture(new ContactId(session.ids().next()), name));
    }

    private static List<String> names(IndexedContactStore index, String query) {
        return index.search(query, 10).stream().map(Contact::name).toList();
    }

    @Test
    void whatTheOtherSessionSavesAndDeletesShowsInTheNextSearch() {
        open();
        Contact leaving = save(first, "Leaving Person");
        IndexedContactStore mine = new IndexedContactStore(first.contacts(), new WatchedThreads());
        assertThat(names(mine, "")).containsExactly("Leaving Person");

        Contact captured = save(second, "Captured Elsewhere");
        second.contacts().delete(leaving.id());
        assertThat(names(mine, "")).containsExactly("Captured Elsewhere");

        second.contacts().save(captured.edit().name("Renamed Elsewhere").build());
        assertThat(names(mine, "renamed")).containsExactly("Renamed Elsewhere");
        assertThat(names(mine, "captured")).isEmpty();
    }

    @Test
    void aNeedTheOtherSessionAddsMovesThisSessionsChangeCounter() {
        open();
        long before = first.changes().current();

        second.needs().save(dev.needle.domain.Need.open(new dev.needle.domain.NeedId(second.ids().next()), "leads",
                dev.needle.domain.NeedKind.LEADS, List.of(), 1));

        assertThat(first.changes().current()).isNotEqualTo(before);
    }

    @Test
    void aLongTransactionThatCommitsAfterAShorterOneIsNotSkipped() throws Exception {
        open();
        IndexedContactStore mine = new IndexedContactStore(first.contacts(), new WatchedThreads());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> slowImport = CompletableFuture.runAsync(() -> second.transactions().run(() -> {
            save(second, "Slow Import");
            written.countDown();
            await(mayCommit);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        // Begun later, committed first: the index moves past it while the import is still open.
        save(second, "Quick Capture");
        assertThat(names(mine, "")).containsExactly("Quick Capture");

        mayCommit.countDown();
        slowImport.get(30, TimeUnit.SECONDS);
        assertThat(names(mine, "")).containsExactly("Quick Capture", "Slow Import");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
