package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real loop: a keyboard thread feeding the one drawing thread, on a virtual terminal. */
class TuiAppTest {

    private static void type(QueueTerminal terminal, String text) {
        text.chars().forEach(c -> terminal.addInput(Keys.toStroke(Key.ch((char) c))));
    }

    private static void key(QueueTerminal terminal, Key.Type type) {
        terminal.addInput(Keys.toStroke(Key.of(type)));
    }

    @Test
    void theRealLoopCapturesWhatIsTypedQuitsOnQAndLeavesThePrivateScreen() throws Exception {
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3a");
        type(terminal, "Ana Ruiz");
        key(terminal, Key.Type.ENTER);
        type(terminal, "Ben Okafor");
        key(terminal, Key.Type.ENTER);
        key(terminal, Key.Type.ESCAPE);
        type(terminal, "q");

        TuiApp.run(w.useCases, terminal);

        assertThat(w.useCases.searchContacts().search("", 10)).extracting(Contact::name)
                .containsExactly("Ana Ruiz", "Ben Okafor");
        assertThat(terminal.row(0)).as("the UI's title is gone: the normal screen is back").doesNotContain("Needle");
    }

    @Test
    void anEscapeFollowedAtOnceByAKeyIsBothKeysNotAnAltKey() throws Exception {
        // Esc then 3 sent together (tmux, a fast hand, an SSH packet) arrive as Alt-3: the Esc was lost.
        Wiring w = new Wiring();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        terminal.addInput(new KeyStroke('3', false, true));
        type(terminal, "q");
        key(terminal, Key.Type.EOF); // ends the session whatever the keys did
        java.util.List<String> shown = new java.util.ArrayList<>();

        new TuiApp(Palette.MONOCHROME, Clipboard.NONE).onDrawn(ui -> shown.add(ui.current().name())).show(w.useCases,
                terminal);

        assertThat(shown).as("setup left, then the Contacts screen").contains("Contacts");
    }

    @Test
    void anEscapeTypedJustBeforeALetterInAFormIsStillAnEscape() throws Exception {
        // Esc then y, fast: "Ana Ruizy" was saved instead of the question and the answer.
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3a");
        type(terminal, "Ana Ruiz");
        terminal.addInput(new KeyStroke('y', false, true));
        key(terminal, Key.Type.ENTER);
        key(terminal, Key.Type.EOF);

        TuiApp.run(w.useCases, terminal);

        assertThat(w.useCases.searchContacts().search("", 10)).as("what was typed is thrown away, as asked").isEmpty();
    }

    @Test
    void copiedMessagesGoToTheClipboardAfterTheKeyIsHandled() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        QueueTerminal terminal = new QueueTerminal(80, 24);
        type(terminal, "3t");
        key(terminal, Key.Type.ENTER);
        type(terminal, "y");
        key(terminal, Key.Type.ESCAPE);
        key(terminal, Key.Type.ESCAPE);
        type(terminal, "q");
        List<String> copied = new ArrayList<>();
        Clipboard clipboard = copied::add;

        new TuiApp(Palette.MONOCHROME, clipboard).show(w.useCases, terminal);

        assertThat(copied).hasSize(1);
        assertThat(copied.get(0)).startsWith("Hi Ana");
    }

    @Test
    void endOfInputEndsTheSessionInsteadOfHanging() throws Exception {
        Wiring w = Seeds.withDirection();
        QueueTerminal terminal = new QueueTerminal(80, 24);
        key(terminal, Key.Type.EOF);

        TuiApp.run(w.useCases, terminal);

        assertThat(w.useCases.listNeeds().listNeeds()).isEmpty();
    }

    @Test
    void aResizeRedrawsAtOnceWithoutWaitingForAKey() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        QueueTerminal terminal = new QueueTerminal(80, 24);
        BlockingQueue<Ui> frames = new LinkedBlockingQueue<>();
        TuiApp app = new TuiApp(Palette.MONOCHROME, Clipboard.NONE).onDrawn(frames::add);
        Thread session = new Thread(() -> {
            try {
                app.show(w.useCases, terminal);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        session.start();
        nextFrame(frames);
        type(terminal, "3");
        nextFrame(frames);
        assertThat(terminal.screen()).contains("Ana Ruiz");

        terminal.setTerminalSize(new TerminalSize(40, 10));
        Ui small = nextFrame(frames);
        assertThat(small.columns()).isEqualTo(40);
        assertThat(terminal.screen()).contains("Make the window bigger").doesNotContain("Ana Ruiz");

        terminal.setTerminalSize(new TerminalSize(60, 16));
        nextFrame(frames);
        assertThat(terminal.screen()).contains("Ana Ruiz").doesNotContain("Make the window bigger");
        assertThat(terminal.row(14)).contains("q quit");

        type(terminal, "q");
        session.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(session.isAlive()).isFalse();
    }

    /** Waits for the drawing thread to finish a frame; the long limit only guards against a hang. */
    private static Ui nextFrame(BlockingQueue<Ui> frames) throws InterruptedException {
        Ui frame = frames.poll(30, TimeUnit.SECONDS);
        assertThat(frame).as("a frame was drawn").isNotNull();
        return frame;
    }
}
