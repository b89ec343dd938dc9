package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import dev.needle.adapter.tui.core.Key;
import dev.needle.application.port.out.ContactSample;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.FakeStoreWrapper;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Today's first frame does not wait for the people awaiting a decision when their section is below
 * it: the frame drawn before they arrive is the one drawn with them, and keys pressed before they
 * arrive land where they would have. Each screen is compared cell by cell (characters and colours) with
 * a session whose search index had read everyone first, which has the whole day at once. Where the
 * first frame waits for the undecided, it never comes while they are held: the timeout, on a thread
 * of its own (a waiting start is not interrupted), turns that into a failure.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UndecidedAfterTheFirstFrameTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    /** A contact store whose read of the undecided waits until the test lets it go. */
    private static final class HeldUndecided extends FakeStoreWrapper {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch asked = new CountDownLatch(1);
        volatile boolean answered;

        HeldUndecided(dev.needle.application.port.out.ContactStore store) {
            super(store);
        }

        @Override
        public ContactSample sampleAwaitingDecision(LocalDate today, int atLeast) {
            asked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ContactSample sample = super.sampleAwaitingDecision(today, atLeast);
            answered = true;
            return sample;
        }
    }

    /** {@code overdue} people with a follow-up overdue and {@code guests} met at an event, none decided on. */
    private static Wiring book(int overdue, int guests) {
        Wiring w = Seeds.withDirection();
        Event meetup = w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "UX meetup",
                TODAY.minusDays(3), "Library"));
        for (int i = 0; i < overdue; i++) {
            Contact c = Seeds.contact(w, "Late " + (10 + i), "", "");
            w.useCases.week().followUps().setFollowUp(c.id(), Optional.of(TODAY.minusDays(1 + i % 9)));
        }
        for (int i = 0; i < guests; i++) {
            w.useCases.editContact().editContact(Seeds.contact(w, "Guest " + (10 + i), "", "").edit()
                    .origin(Origin.atEvent(meetup.id(), meetup.date())).build());
        }
        return w;
    }

    /** A session on {@code w}'s data whose index read everyone before its first frame: the whole day at once. */
    private static Tui whole(Wiring w) {
        Wiring reference = new Wiring(w, store -> store);
        reference.contacts.index().load();
        return Tui.on(reference);
    }

    private static List<TextCharacter> cells(Tui tui) {
        List<TextCharacter> cells = new ArrayList<>();
        for (int row = 0; row < tui.terminal.getTerminalSize().getRows(); row++) {
            for (int column = 0; column < tui.terminal.getTerminalSize().getColumns(); column++) {
                cells.add(tui.cell(column, row));
            }
        }
        return cells;
    }

    /** Runs {@code key} on a thread of its own, lets the undecided go once it waits for them, and waits for it. */
    private static void pressBeforeTheyArrive(Tui tui, HeldUndecided held, Consumer<Tui> key) throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread pressing = new Thread(() -> {
            try {
                key.accept(tui);
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        pressing.start();
        while (pressing.isAlive() && pressing.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(held.answered).as("the key came before the undecided did").isFalse();
        held.release.countDown();
        pressing.join();
        assertThat(failed.get()).isNull();
    }

    @Test
    void theFirstFrameIsDrawnBeforeTheUndecidedArriveAndIsTheSame() throws Exception {
        Wiring w = book(30, 60);
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        try (Tui reference = whole(w); Tui tui = Tui.on(new Wiring(w, store -> held))) {
            assertThat(held.answered).as("drawn while the undecided were still being read").isFalse();
            assertThat(reference.text()).contains("overdue " + TODAY.minusDays(9)).doesNotContain("After events");
            assertThat(cells(tui)).isEqualTo(cells(reference));
            // Their read starts once the first frame is drawn, so the keys that follow wait less.
            held.asked.await();
            held.release.countDown();
        }
    }

    @Test
    void keysPressedBeforeTheUndecidedArriveLandWhereTheyWouldHave() throws Exception {
        Key pageDown = Key.of(Key.Type.PAGE_DOWN);
        Wiring w = book(30, 60);
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        try (Tui reference = whole(w); Tui tui = Tui.on(new Wiring(w, store -> held))) {
            pressBeforeTheyArrive(tui, held, t -> t.press(pageDown));
            reference.press(pageDown);
            assertThat(cells(tui)).isEqualTo(cells(reference));

            tui.press(pageDown);
            reference.press(pageDown);
            assertThat(reference.text()).contains("After events (60)");
            assertThat(cells(tui)).isEqualTo(cells(reference));

            tui.press(pageDown, pageDown);
            reference.press(pageDown, pageDown);
            assertThat(reference.text()).contains("Guest 50");
            assertThat(cells(tui)).isEqualTo(cells(reference));
        }
    }

    @Test
    void theLastItemIsTheWholeDaysLastEvenWhenAskedForBeforeTheUndecidedArrive() throws Exception {
        Wiring w = book(30, 60);
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        try (Tui reference = whole(w); Tui tui = Tui.on(new Wiring(w, store -> held))) {
            pressBeforeTheyArrive(tui, held, t -> t.press('G'));
            reference.press('G');
            assertThat(reference.text()).contains("10 more awaiting a decision");
            assertThat(cells(tui)).isEqualTo(cells(reference));
        }
    }

    @Test
    void aWindowTallEnoughToReachTheUndecidedWaitsForThem() throws Exception {
        Wiring w = book(30, 60);
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        try (Tui reference = whole(w); Tui tui = Tui.on(new Wiring(w, store -> held))) {
            pressBeforeTheyArrive(tui, held, t -> t.resize(80, 60));
            reference.resize(80, 60);
            assertThat(reference.text()).contains("After events (60)");
            assertThat(cells(tui)).isEqualTo(cells(reference));
        }
    }

    @Test
    void aSmallBookWhoseUndecidedShowOnTheFirstScreenWaitsForThem() throws Exception {
        Wiring w = book(3, 5);
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        AtomicReference<Tui> started = new AtomicReference<>();
        try (Tui reference = whole(w)) {
            pressBeforeTheyArrive(null, held, nobody -> started.set(Tui.on(new Wiring(w, store -> held))));
            try (Tui tui = started.get()) {
                assertThat(reference.text()).contains("After events (5)").contains("Guest 14");
                assertThat(cells(tui)).isEqualTo(cells(reference));
            }
        }
    }

    @Test
    void theEventsAheadComeWithTheUndecidedBelowTheFirstFrameAndKeysLandWhereTheyWouldHave() throws Exception {
        Key pageDown = Key.of(Key.Type.PAGE_DOWN);
        Wiring w = book(30, 60);
        // Later in the week: today's and tomorrow's come above the follow-ups once read (EventsOnTodayTest).
        w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "UX Lyon Meetup #42", TODAY.plusDays(3),
                "La Cordée").at(dev.needle.domain.EventTime.read("19:00")));
        HeldUndecided held = new HeldUndecided(w.fakes.contacts);
        try (Tui reference = whole(w); Tui tui = Tui.on(new Wiring(w, store -> held))) {
            assertThat(held.answered).as("drawn while the undecided were still being read").isFalse();
            assertThat(reference.text()).doesNotContain("UX Lyon Meetup #42");
            assertThat(cells(tui)).isEqualTo(cells(reference));

            pressBeforeTheyArrive(tui, held, t -> t.press(pageDown));
            reference.press(pageDown);
            tui.press(pageDown);
            reference.press(pageDown);
            assertThat(reference.text()).contains("Events, the next 7 days").contains("UX Lyon Meetup #42");
            assertThat(cells(tui)).isEqualTo(cells(reference));
        }
    }
}
