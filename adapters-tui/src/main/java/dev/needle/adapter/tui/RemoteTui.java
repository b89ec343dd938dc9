package dev.needle.adapter.tui;

import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.adapter.tui.render.Osc52Clipboard;
import dev.needle.adapter.tui.render.Glyphs;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.domain.triage.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * One full-screen session on a remote client's byte streams (an SSH channel), for a server that runs
 * many at once: the window size and terminal type are what the client announced, and the server
 * forwards window changes and asks the session to quit when it stops. Nothing here touches the
 * server process's own terminal.
 */
public final class RemoteTui {
    private final TuiUseCases useCases;
    private final StreamTerminal terminal;
    private final TuiApp app;

    /**
     * {@code clientEnvironment} is what the client sent (TERM from its pty request, perhaps NO_COLOR
     * or COLORTERM), which picks the colours (and LANG the symbols); {@code columns} x {@code rows} is its window.
     */
    public RemoteTui(TuiUseCases useCases, MessageTemplates templates, Map<String, String> clientEnvironment,
                     InputStream in, OutputStream out, int columns, int rows) {
        this.useCases = useCases;
        this.terminal = new StreamTerminal(in, out, columns, rows);
        this.app = new TuiApp(Palette.from(clientEnvironment), Glyphs.from(clientEnvironment, Glyphs.UNICODE),
                new Osc52Clipboard(out), templates);
    }

    /** Shows the UI until the user quits, the input ends or {@link #quit()} is called; blocks till then. */
    public void run() throws IOException {
        try {
            app.showWithoutSignalHook(useCases, terminal);
        } finally {
            terminal.close();
        }
    }

    /** The client's window is now {@code columns} x {@code rows}; the screen is laid out again at once. */
    public void resized(int columns, int rows) {
        terminal.resize(columns, rows);
    }

    /** Ends the session from another thread, restoring the client's screen; saved work stays saved. */
    public void quit() {
        app.requestQuit();
    }
}
