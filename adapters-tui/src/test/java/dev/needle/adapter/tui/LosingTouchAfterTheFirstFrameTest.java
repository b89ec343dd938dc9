package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tag's default cadence can make anyone due, so who is losing touch is known only once everyone is
 * read. Today's first frame is not kept waiting for that read: it says the section is being found, and
 * the session draws Today again, without a key, once the list is here. Where the first frame waits,
 * it never comes while the read is held: the timeout, on a thread of its own, makes that a failure.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LosingTouchAfterTheFirstFrameTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    /** A contact store whose read of everyone, a page at a time, waits until the test lets it go. */
    private static final class HeldFullRead extends FakeStoreWrapper {
        final CountDownLatch release = new CountDownLatch(1);

        HeldFullRead(ContactStore store) {
            super(store);
        }

        @Override
        public List<Contact> findAfter(Optional<ContactId> after, int limit) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.findAfter(after, limit);
        }
    }

    /** A contact store whose first read of everyone fails, as a disk or a database gone away would make it. */
    private static final class FailingFirstFullRead extends FakeStoreWrapper {
        final java.util.concurrent.atomic.AtomicBoolean fails = new java.util.concurrent.atomic.AtomicBoolean(true);

        FailingFirstFullRead(ContactStore store) {
            super(store);
        }

        @Override
        public List<Contact> findAfter(Optional<ContactId> after, int limit) {
            if (fails.getAndSet(false)) {
                throw new IllegalStateException("the database went away");
            }
            return super.findAfter(after, limit);
        }
    }

    /** A whole session on its own thread, as the app runs it, its first frame drawn; closing it quits. */
    private static final class Running implements AutoCloseable {
        final QueueTerminal terminal = new QueueTerminal(80, 24);
        final BlockingQueue<Ui> frames = new LinkedBlockingQueue<>();
        private final Thread thread;

        private Running(Wiring session) {
            TuiApp app = new TuiApp(Palette.MONOCHROME, Clipboard.NONE).onDrawn(frames::add);
            thread = new Thread(() -> {
                try {
                    app.show(session.useCases, terminal);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        static Running start(Wiring session) throws InterruptedException {
            Running running = new Running(session);
            running.thread.start();
            running.frames.take();
            return running;
        }

        @Override
        public void close() throws InterruptedException {
            terminal.addInput(Keys.toStroke(Key.ch('q')));
            thread.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(thread.isAlive()).as("the session ends on q").isFalse();
        }
    }

    /** Mentors are kept in touch with monthly: Bo was last called 40 days ago, Cy 3 days ago. */
    private static Wiring mentors() {
        Wiring w = Seeds.withDirection();
        w.useCases.week().touch().keepInTouch().setTagDefault(Tag.of("mentors"), Optional.of(Cadence.parse("1m")));
        Seeds.called(w, mentor(w, "Bo Lind"), 40);
        Seeds.called(w, mentor(w, "Cy Diaz"), 3);
        return w;
    }

    private static Contact mentor(Wiring w, String name) {
        return w.useCases.captureContact().capture(new CaptureContactUseCase.Command(name, "Globex", "",
                Optional.empty(), Set.of(Tag.of("mentors")), Optional.empty()));
    }

    @Test
    void todaysFirstFrameComesBeforeEveryoneIsReadAndShowsWhoIsDueOnceTheyAre() throws Exception {
        Wiring w = mentors();
        HeldFullRead held = new HeldFullRead(w.fakes.contacts);
        Wiring session = new Wiring(w, store -> held);
        try (Tui tui = Tui.on(session)) {
            assertThat(tui.text()).contains("Losing touch").contains("Finding who is due…").doesNotContain("Bo Lind");
            assertThat(tui.row(1)).contains("1 Today").doesNotContain("Today (");

            CountDownLatch told = new CountDownLatch(1);
            session.useCases.week().touch().due().whenAtHand(told::countDown);
            session.contacts.warmUpInBackground();
            held.release.countDown();
            told.await();
            tui.reload();

            assertThat(tui.text()).contains("Losing touch (1)").contains("Bo Lind").doesNotContain("Cy Diaz")
                    .doesNotContain("Finding who is due");
            assertThat(tui.row(1)).contains("1 Today (1)");
        }
    }

    @Test
    void theSessionDrawsTodayAgainWithoutAKeyOnceWhoIsDueIsKnown() throws Exception {
        Wiring w = mentors();
        HeldFullRead held = new HeldFullRead(w.fakes.contacts);
        Wiring session = new Wiring(w, store -> held);
        try (Running running = Running.start(session)) {
            assertThat(running.terminal.screen()).contains("Finding who is due…").doesNotContain("Bo Lind");

            session.contacts.warmUpInBackground();
            held.release.countDown();
            running.frames.take();

            assertThat(running.terminal.screen()).contains("Losing touch (1)").contains("Bo Lind")
                    .contains("1 Today (1)");
        }
    }

    /**
     * The read's thread goes on (in the app, to give the heap back) only once Today is drawn again, so
     * what it does next also finds what that drawing left behind.
     */
    @Test
    void theReadOfEveryoneEndsOnlyOnceTodayIsDrawnAgain() throws Exception {
        Wiring w = mentors();
        HeldFullRead held = new HeldFullRead(w.fakes.contacts);
        Wiring session = new Wiring(w, store -> held);
        try (Running running = Running.start(session)) {
            session.contacts.warmUpInBackground();
            held.release.countDown();
            session.threads.awaitIdleWork();

            assertThat(running.terminal.screen()).contains("Losing touch (1)").contains("Bo Lind");
        }
    }

    @Test
    void withoutATagsCadenceTheFirstFrameShowsWhoIsDueAtOnceWithoutReadingEveryone() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.week().touch().keepInTouch().setCadence(ana.id(), Optional.of(Cadence.parse("2w")));
        Seeds.called(w, ana, 20);
        HeldFullRead held = new HeldFullRead(w.fakes.contacts);
        try (Tui tui = Tui.on(new Wiring(w, store -> held))) {
            assertThat(tui.text()).contains("Losing touch (1)").contains("Ana Ruiz");
            assertThat(tui.row(1)).contains("1 Today (1)");
        } finally {
            held.release.countDown();
        }
    }

    @Test
    void whenEveryoneCannotBeReadTodaySaysSoAndEnterTriesAgain() throws Exception {
        Wiring w = mentors();
        FailingFirstFullRead failing = new FailingFirstFullRead(w.fakes.contacts);
        Wiring session = new Wiring(w, store -> failing);
        try (Tui tui = Tui.on(session)) {
            CountDownLatch told = new CountDownLatch(1);
            session.useCases.week().touch().due().whenAtHand(told::countDown);
            session.contacts.warmUpInBackground();
            told.await();
            tui.reload();

            assertThat(tui.text()).contains("Losing touch")
                    .contains("Could not read your contacts to see who is due; press Enter to try again.")
                    .doesNotContain("Finding who is due");

            CountDownLatch readAgain = new CountDownLatch(1);
            session.useCases.week().touch().due().whenAtHand(readAgain::countDown);
            int row = tui.rowOf("Could not read your contacts");
            for (int i = 0; i < 30 && !tui.isReversed(row); i++) {
                tui.press('j');
            }
            assertThat(tui.isReversed(row)).as("the row that tries again can be selected").isTrue();
            tui.enter();
            readAgain.await();
            tui.reload();

            assertThat(tui.text()).contains("Losing touch (1)").contains("Bo Lind").doesNotContain("Could not read");
        }
    }
}
