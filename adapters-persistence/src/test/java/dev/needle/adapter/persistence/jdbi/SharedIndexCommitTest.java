package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code needle serve} shares one search index among its sessions. A session must never find a
 * contact that another session saved in a unit of work that has not committed, and may yet roll back.
 */
class SharedIndexCommitTest {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    private Stores stores;
    private IndexedContactStore shared;
    private Transactions units;
    private final CountDownLatch saved = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    @BeforeEach
    void open() {
        stores = DATABASES.fresh();
        shared = new IndexedContactStore(stores.contacts(), new WatchedThreads());
        units = shared.guard(stores.transactions());
    }

    private List<String> otherSessionFinds(String query) {
        return shared.search(query, 10).stream().map(Contact::name).toList();
    }

    /** Session one saves Ana in a unit of work and waits there until told to finish (or fail). */
    private CompletableFuture<Void> sessionOneSavesAna(boolean fails) {
        return CompletableFuture.runAsync(() -> units.run(() -> {
            shared.save(Contact.capture(new ContactId(stores.ids().next()), "Ana Uncommitted"));
            saved.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fails) {
                throw new IllegalStateException("the connection dropped");
            }
        }));
    }

    @Test
    void aSaveIsFoundByOtherSessionsOnlyOnceItsUnitOfWorkCommits() throws Exception {
        assertThat(otherSessionFinds("ana")).isEmpty(); // the index is loaded before the save
        CompletableFuture<Void> one = sessionOneSavesAna(false);
        assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(otherSessionFinds("ana")).as("while the unit of work is open").isEmpty();

        finish.countDown();
        one.get(30, TimeUnit.SECONDS);
        assertThat(otherSessionFinds("ana")).containsExactly("Ana Uncommitted");
    }

    @Test
    void aSaveRolledBackIsNeverFoundByOtherSessions() throws Exception {
        assertThat(otherSessionFinds("ana")).isEmpty();
        CompletableFuture<Void> one = sessionOneSavesAna(true);
        assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(otherSessionFinds("ana")).as("while the unit of work is open").isEmpty();

        finish.countDown();
        assertThatThrownBy(() -> one.get(30, TimeUnit.SECONDS)).hasMessageContaining("the connection dropped");
        assertThat(otherSessionFinds("ana")).isEmpty();
    }

    @Test
    void theSessionSavingSeesItsOwnSaveBeforeItCommits() {
        Contact ana = Contact.capture(new ContactId(stores.ids().next()), "Ana Own");
        units.run(() -> {
            shared.save(ana);
            assertThat(shared.find(ana.id())).map(Contact::name).contains("Ana Own");
            assertThat(shared.findAll()).extracting(Contact::name).contains("Ana Own");
        });
        assertThat(otherSessionFinds("own")).containsExactly("Ana Own");
    }
}
