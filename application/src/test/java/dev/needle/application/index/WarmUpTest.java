package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.TestThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reading everyone in the background: a failure is handed on to be logged, and the next use reads again. */
class WarmUpTest {
    private final FakeContactStore database = new FakeContactStore();
    private final AtomicBoolean broken = new AtomicBoolean(true);
    private final TestThreads threads = new TestThreads();
    private final IndexedContactStore indexed = new IndexedContactStore(new FakeStoreWrapper(database) {
        @Override
        public List<Contact> findAfter(Optional<ContactId> after, int limit) {
            if (broken.get()) {
                throw new IllegalStateException("database connection lost");
            }
            return super.findAfter(after, limit);
        }
    }, threads);

    @Test
    void aFailedWarmUpIsReportedNotDropped() throws InterruptedException {
        database.save(Contact.capture(new ContactId(1), "Ana Ruiz"));

        indexed.warmUpInBackground();
        threads.awaitIdleWork();

        assertThat(threads.failures()).singleElement().satisfies(failure ->
                assertThat(failure).hasMessage("database connection lost"));
    }

    @Test
    void afterAFailedWarmUpTheNextSearchReadsAgainAndReportsItsOwnError() throws InterruptedException {
        database.save(Contact.capture(new ContactId(1), "Ana Ruiz"));
        indexed.warmUpInBackground();
        threads.awaitIdleWork();

        assertThatThrownBy(() -> indexed.search("ana", 10)).hasMessage("database connection lost");
        broken.set(false);
        assertThat(indexed.search("ana", 10)).extracting(Contact::name).containsExactly("Ana Ruiz");
    }
}
