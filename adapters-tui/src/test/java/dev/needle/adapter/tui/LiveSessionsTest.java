package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.application.port.in.CheckForChangesUseCase;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Two sessions on one database, as two clients of {@code needle serve} or two terminals on one file:
 * what one saves shows on the other's open screen without a key, keeping its selection and typed text.
 */
class LiveSessionsTest {

    @Test
    void aContactAddedInOneSessionShowsInTheOthersListWithoutAKeyAndTheSelectionStays() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Seeds.contact(a, "Ana Ruiz", "Acme", "");
        Seeds.contact(a, "Ben Okafor", "Bluebird", "");
        Seeds.contact(a, "Cleo Diaz", "Corvid", "");
        try (Tui first = Tui.on(a).press('3', 'j'); Tui second = Tui.on(b).press('3')) {
            assertThat(first.isReversed(first.rowOf("Ben Okafor"))).isTrue();

            second.press('a').type("Aaron Abbott").enter().esc();
            first.lookForChanges();

            assertThat(first.text()).contains("Aaron Abbott");
            assertThat(first.isReversed(first.rowOf("Ben Okafor"))).as("the selection stays on Ben").isTrue();
            assertThat(first.isReversed(first.rowOf("Ana Ruiz"))).isFalse();
        }
    }

    @Test
    void aNeedAddedInOneSessionShowsOnTheOthersNeedsScreen() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Seeds.need(a, "Intro to a hiring lead at Acme");
        try (Tui first = Tui.on(a).press('2'); Tui second = Tui.on(b).press('2')) {
            second.press('a').type("Portfolio critique").press(Key.ctrl('s'));
            assertThat(second.text()).contains("Portfolio critique");

            first.lookForChanges();

            assertThat(first.text()).contains("Portfolio critique").contains("Intro to a hiring lead");
        }
    }

    @Test
    void aFilterBeingTypedKeepsItsTextWhenTheListReloads() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Seeds.contact(a, "Ben Okafor", "Bluebird", "");
        Seeds.contact(a, "Cleo Diaz", "Corvid", "");
        try (Tui first = Tui.on(a).press('3').press('/').type("be"); Tui second = Tui.on(b)) {
            Seeds.contact(b, "Bea Stone", "Acme", "");

            first.lookForChanges();

            assertThat(first.text()).contains("/be_").contains("Bea Stone").contains("Ben Okafor")
                    .doesNotContain("Cleo Diaz");
            first.type("n");
            assertThat(first.text()).as("still typing into the filter").contains("/ben_").doesNotContain("Bea Stone");
        }
    }

    @Test
    void nothingSavedMeansNothingReloads() throws Exception {
        Wiring a = Seeds.withDirection();
        Seeds.contact(a, "Ana Ruiz", "Acme", "");
        try (Tui first = Tui.on(a).press('3')) {
            Ui before = first.ui;

            first.lookForChanges();

            assertThat(first.ui).isSameAs(before);
        }
    }

    /** The real loop: the watcher thread queues the reload and the drawing thread draws it, with no key. */
    @Test
    void theRunningAppDrawsAnotherSessionsContactWithoutAKey() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        Seeds.contact(a, "Ana Ruiz", "Acme", "");
        // A counter the test moves itself, after the other session's write, while this session waits for keys:
        // the fakes are not made for two threads at once.
        AtomicLong saved = new AtomicLong();
        CheckForChangesUseCase changes = saved::get;
        QueueTerminal terminal = new QueueTerminal(80, 24);
        BlockingQueue<Ui> frames = new LinkedBlockingQueue<>();
        TuiApp app = new TuiApp(Palette.MONOCHROME, Clipboard.NONE).onDrawn(frames::add);
        Thread session = new Thread(() -> {
            try {
                app.show(a.useCases.withChanges(changes), terminal);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        session.start();
        frames.poll(30, TimeUnit.SECONDS);
        terminal.addInput(Keys.toStroke(Key.ch('3')));
        Ui contacts = frames.poll(30, TimeUnit.SECONDS);
        assertThat(contacts).isNotNull();
        assertThat(contacts.current().name()).isEqualTo("Contacts");

        Seeds.contact(b, "Aaron Abbott", "Bluebird", "");
        saved.incrementAndGet();

        Ui reloaded = frames.poll(30, TimeUnit.SECONDS); // the bound only guards against a hang
        assertThat(reloaded).as("a frame was drawn without a key").isNotNull();
        assertThat(reloaded.current().body(80, 18).toString()).contains("Aaron Abbott");

        app.requestQuit();
        session.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(session.isAlive()).isFalse();
    }

    @Test
    void aContactDeletedInAnotherSessionIsShownAsGoneNotLeftToActOn() throws Exception {
        Wiring a = Seeds.withDirection();
        Wiring b = new Wiring(a);
        var maria = Seeds.contact(a, "Maria Lopez", "Bluebird", "Hiring lead");
        try (Tui first = Tui.on(a).press('3').enter()) {
            assertThat(first.text()).contains("Hiring lead");

            b.useCases.week().deleteContact().delete(maria.id());
            first.lookForChanges();

            assertThat(first.text()).contains("Maria Lopez is gone: deleted in another session.")
                    .doesNotContain("Hiring lead");
            first.press('e');
            assertThat(first.text()).doesNotContain("Edit contact");
        }
    }
}
