package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import dev.needle.domain.Contact;
import dev.needle.domain.triage.MessageTemplates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A session on plain byte streams, the way an SSH channel hands them over: no tty anywhere. */
class RemoteTuiTest {

    @Test
    void enterArrivingAsABareCarriageReturnSavesTheForm() throws Exception {
        Wiring w = Seeds.withDirection();
        InputStream keys = new ByteArrayInputStream("3aAna Ruiz\r".getBytes(StandardCharsets.UTF_8));

        new RemoteTui(w.useCases, MessageTemplates.defaults(), Map.of("TERM", "xterm-256color"), keys,
                new ByteArrayOutputStream(), 80, 24).run();

        assertThat(w.useCases.searchContacts().search("", 10)).extracting(Contact::name).containsExactly("Ana Ruiz");
    }

    @Test
    void quitEndsASessionWhoseClientIsStillConnectedAndRestoresItsScreen() throws Exception {
        Wiring w = Seeds.withDirection();
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(client);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        RemoteTui tui = new RemoteTui(w.useCases, MessageTemplates.defaults(), Map.of("TERM", "xterm"), keys,
                screen, 80, 24);
        Thread session = start(tui);

        tui.quit();
        session.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(session.isAlive()).isFalse();
        String written = screen.toString(StandardCharsets.UTF_8);
        assertThat(written).as("entered the alternate screen").contains("\u001b[?1049h");
        assertThat(written).as("left it again").contains("\u001b[?1049l");
        client.close();
    }

    @Test
    void theWindowSizeIsTheOneAnnouncedAndFollowsItsChanges() throws Exception {
        StreamTerminal terminal = new StreamTerminal(InputStream.nullInputStream(), OutputStream.nullOutputStream(), 100, 30);
        List<TerminalSize> heard = new CopyOnWriteArrayList<>();
        terminal.addResizeListener((t, size) -> heard.add(size));

        assertThat(terminal.getTerminalSize()).isEqualTo(new TerminalSize(100, 30));
        terminal.resize(60, 20);

        assertThat(heard).contains(new TerminalSize(60, 20));
        assertThat(terminal.getTerminalSize()).isEqualTo(new TerminalSize(60, 20));
    }

    @Test
    void aClientWithoutAWindowSizeStillGetsADrawableScreen() throws Exception {
        StreamTerminal terminal = new StreamTerminal(InputStream.nullInputStream(), OutputStream.nullOutputStream(), 0, 0);

        assertThat(terminal.getTerminalSize()).isEqualTo(new TerminalSize(80, 24));
    }

    /** Over ssh the client's terminal gets the cursor too: where typing goes in a field, hidden on a list. */
    @Test
    void theClientsTerminalShowsItsCursorWhereTypingGoes() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Bo Lind", "Globex", "");
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(client);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        RemoteTui tui = new RemoteTui(w.useCases, MessageTemplates.defaults(), Map.of("TERM", "xterm-256color"), keys,
                screen, 80, 24);
        Thread session = start(tui);

        client.write("3".getBytes(StandardCharsets.UTF_8));
        AnsiGrid onList = shownOnceSettled(screen, g -> g.rowOf("Bo Lind") >= 0);
        client.write("aAna Ruz\u001b[Di".getBytes(StandardCharsets.UTF_8));
        AnsiGrid inForm = shownOnceSettled(screen, g -> g.rowOf("Ana Ruiz") >= 0 && g.cursor().isPresent());
        tui.quit();
        session.join(TimeUnit.SECONDS.toMillis(30));
        client.close();

        assertThat(onList.cursor()).as("hidden on the list").isEmpty();
        int row = inForm.rowOf("Ana Ruiz");
        assertThat(inForm.cursor()).as("on the z, after the i typed before it")
                .contains(List.of(inForm.columnOf(row, "Ana Ruiz") + 7, row));
    }

    /** What the client's terminal shows once what it was sent holds {@code settled} (up to a minute on a busy machine). */
    private static AnsiGrid shownOnceSettled(ByteArrayOutputStream screen, java.util.function.Predicate<AnsiGrid> settled)
            throws InterruptedException {
        AnsiGrid grid = new AnsiGrid(80, 24);
        for (int waited = 0; waited < 600; waited++) {
            grid = new AnsiGrid(80, 24);
            grid.read(screen.toString(StandardCharsets.UTF_8));
            if (settled.test(grid)) {
                return grid;
            }
            Thread.sleep(100);
        }
        return grid;
    }

    private static Thread start(RemoteTui tui) {
        Thread session = new Thread(() -> {
            try {
                tui.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        session.start();
        return session;
    }
}
