package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.out.BackgroundWork;
import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reading everyone in the background: a failure is handed on to be logged, and the next use reads again. */
class WarmUpTest {
    private final FakeContactStore database = new FakeContactStore();
    private final AtomicBoolean broken = new AtomicBoolean(true);
    private final WatchedThreads threads = new WatchedThreads();
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

    /**
     * A screen that needed everyone before the first frame was done has read the index already; the
     * warm-up is still handed on (the wiring collects the heap after it: skipped, the 100k full screen
     * kept 45 MB it no longer used), and it reads no one again.
     */
    @Test
    void aWarmUpAfterAScreenHasReadEveryoneIsStillHandedOnAndReadsNoOneAgain() throws InterruptedException {
        database.save(Contact.capture(new ContactId(1), "Ana Ruiz"));
        broken.set(false);
        List<String> handedOn = new CopyOnWriteArrayList<>();
        IndexedContactStore counted = new IndexedContactStore(new FakeStoreWrapper(database) {
            @Override
            public List<Contact> findAfter(Optional<ContactId> after, int limit) {
                handedOn.add("read a page");
                return super.findAfter(after, limit);
            }
        }, new BackgroundWork() {
            @Override
            public <T> Supplier<T> meanwhile(String name, Supplier<T> work) {
                return threads.meanwhile(name, work);
            }

            @Override
            public void whenIdle(String name, Runnable work) {
                handedOn.add(name);
                work.run();
            }
        });
        assertThat(counted.search("ana", 10)).hasSize(1);

        counted.warmUpInBackground();

        assertThat(handedOn).containsExactly("read a page", "needle-index-warm-up");
    }
}
