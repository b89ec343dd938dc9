package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Osc52Clipboard;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.render.TtyModes;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.domain.triage.MessageTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal adapter's entry: sets up the screen, then one thread blocks on the next key (it
 * never polls), picks up a changed window size, lets the navigator compute the new state and draws it.
 * The terminal is restored on every way out: normal quit, exception, and SIGTERM via a shutdown hook.
 */
public final class TuiApp {
    private static final Logger LOG = LoggerFactory.getLogger(TuiApp.class);
    private final Renderer renderer;
    private final Clipboard clipboard;
    private final MessageTemplates templates;

    public TuiApp(Palette palette, Clipboard clipboard) {
        this(palette, clipboard, MessageTemplates.defaults());
    }

    /** {@code templates} are the configured messages, used when the answer differs from the verdict. */
    public TuiApp(Palette palette, Clipboard clipboard, MessageTemplates templates) {
        this.renderer = new Renderer(palette);
        this.clipboard = clipboard;
        this.templates = templates;
    }

    /**
     * Runs on the process's own terminal, UTF-8 whatever the locale says, never a Swing window.
     * Ctrl-C arrives as a key (and quits cleanly) instead of killing the JVM mid-draw.
     */
    public static void runOnConsole(TuiUseCases useCases, MessageTemplates templates) throws IOException {
        Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        try {
            TtyModes.disableSignalKeys();
            new TuiApp(Palette.from(System.getenv()), new Osc52Clipboard(System.out), templates).show(useCases, terminal);
        } finally {
            terminal.close();
        }
    }

    /** Whether there is a terminal to draw on; without one the caller should say so and exit with 2. */
    public static boolean hasConsole() {
        return System.console() != null;
    }

    /** Runs on any terminal (a virtual one in tests) without a clipboard. */
    public static void run(TuiUseCases useCases, Terminal terminal) throws IOException {
        new TuiApp(Palette.from(System.getenv()), Clipboard.NONE).show(useCases, terminal);
    }

    /** Shows the UI until the user quits or input ends; returns with the terminal as it was found. */
    public void show(TuiUseCases useCases, Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        AtomicBoolean stopped = new AtomicBoolean(false);
        Thread restoreOnSignal = new Thread(() -> stop(screen, stopped), "needle-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            loop(useCases, screen);
        } finally {
            stop(screen, stopped);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook has run or will run, and stop() is idempotent.
            }
        }
    }

    private void loop(TuiUseCases useCases, Screen screen) throws IOException {
        Navigator navigator = new Navigator(useCases, new Screens(), templates);
        TerminalSize size = screen.getTerminalSize();
        Ui ui = navigator.start(size.getColumns(), size.getRows());
        draw(screen, navigator, ui, false);
        while (!ui.quit()) {
            // Blocks until a key arrives: no polling, so an idle session costs no CPU.
            KeyStroke stroke = screen.readInput();
            if (stroke == null || stroke.getKeyType() == KeyType.EOF) {
                break;
            }
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                ui = ui.resized(resized.getColumns(), resized.getRows());
            }
            ui = navigator.handle(ui, Keys.from(stroke));
            boolean repaint = resized != null;
            for (Effect effect : ui.effects()) {
                if (effect instanceof Effect.Repaint) {
                    repaint = true;
                } else if (effect instanceof Effect.Copy copy) {
                    clipboard.copy(copy.text());
                }
            }
            ui = ui.withoutEffects();
            draw(screen, navigator, ui, repaint);
        }
    }

    private void draw(Screen screen, Navigator navigator, Ui ui, boolean repaint) throws IOException {
        renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames());
        screen.refresh(repaint ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private static void stop(Screen screen, AtomicBoolean stopped) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not restore the terminal", failure);
        }
    }

}
