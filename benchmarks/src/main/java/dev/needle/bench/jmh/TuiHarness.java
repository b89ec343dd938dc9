package dev.needle.bench.jmh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.bench.data.Generator;
import java.io.IOException;
import java.util.Map;

/**
 * The terminal UI minus the terminal itself: the navigator turns a key into a new state (running
 * the use cases it needs), the renderer draws it and the screen refreshes onto a Lanterna virtual
 * terminal of 120x40 — what one key costs before bytes reach the tty.
 */
final class TuiHarness {
    static final int COLUMNS = 120;
    static final int ROWS = 40;
    final Navigator navigator;
    private final Renderer renderer = new Renderer(Palette.from(Map.of("TERM", "xterm-256color")));
    private final Screen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(COLUMNS, ROWS)));
    /** Screen 1 (Today), as the UI opens. */
    final Ui home;

    TuiHarness(int contacts) throws IOException {
        LoadedApp app = new LoadedApp(new Generator(42).generate(contacts, 12));
        navigator = new Navigator(app.useCases, new Screens());
        screen.startScreen();
        home = navigator.start(COLUMNS, ROWS);
        // The app reads everyone into the search index right after its first frame (on a background
        // thread); the figures are for the screens as a user meets them from then on. The first
        // seconds, before that read ends, are measured separately (bench/run's start-up rows).
        app.useCases.searchContacts().search("", 1);
    }

    Ui press(Ui ui, Key key) throws IOException {
        Ui next = navigator.handle(ui, key);
        renderer.draw(screen, next, navigator.hintsFor(next), navigator.screenNames());
        screen.refresh(Screen.RefreshType.DELTA);
        return next;
    }

    void close() throws IOException {
        screen.stopScreen();
    }
}
