package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import dev.needle.adapter.tui.core.DraftKeeper;
import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Clipboard;
import dev.needle.adapter.tui.render.Glyphs;
import dev.needle.adapter.tui.render.Keys;
import dev.needle.adapter.tui.render.Osc52Clipboard;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.render.TtyModes;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.adapter.tui.edit.EditorProcess;
import dev.needle.adapter.tui.edit.ExternalEditor;
import dev.needle.adapter.tui.edit.TextEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal adapter's entry: sets up the screen, then one drawing thread blocks on the next key
 * or window resize (it never polls), lets the navigator compute the new state and draws it. A
 * keyboard thread only reads keys into the queue, so a resize redraws at once, without a key press; a
 * change watcher queues an event when another session saved something, so open screens follow it.
 * The terminal is restored on every way out: normal quit, exception, and SIGTERM via a shutdown hook.
 */
public final class TuiApp {
    private static final Logger LOG = LoggerFactory.getLogger(TuiApp.class);
    /** Queued by the resize listener so the drawing thread re-lays out without waiting for a key. */
    private static final KeyStroke RESIZED = new KeyStroke(KeyType.Unknown);
    /** Queued by the change watcher: something was saved, so the open screen reloads without a key. */
    private static final KeyStroke CHANGED = new KeyStroke(KeyType.Unknown);
    /** Queued when a {@link Notices} line arrives: shown as the message at the next draw. */
    private static final KeyStroke NOTICE = new KeyStroke(KeyType.Unknown);
    /**
     * Set to true to leave right after the first frame is on screen: the start-up benchmark
     * (bench/run) and the launcher's class-data archive training run time a real start with it.
     */
    public static final String EXIT_AFTER_FIRST_FRAME = "needle.exitAfterFirstFrame";
    private final Renderer renderer;
    private final Clipboard clipboard;
    private final MessageTemplates templates;
    /** Keys, resizes and quit requests, in arrival order; the drawing thread takes them one by one. */
    private final BlockingQueue<KeyStroke> events = new LinkedBlockingQueue<>();
    private Consumer<Ui> drawn = ui -> { };
    private Function<Screen, TextEditor> editorFor = screen -> TextEditor.NONE;
    /**
     * Lets the keyboard thread read one key at a time: while a key is handled it waits, so an external
     * editor started by that key gets the keyboard to itself.
     */
    private final Semaphore keyHandled = new Semaphore(0);
    /**
     * How long typing must pause before what was typed is written as a draft: often enough that a killed
     * process loses at most the last few words, rarely enough that typing never waits on a disk.
     */
    private static final long DRAFT_PAUSE_MILLIS = 2_000;
    /** The session's draft keeper once the UI runs, for the shutdown hook to write what is typed. */
    private final AtomicReference<DraftKeeper> drafts = new AtomicReference<>();

    public TuiApp(Palette palette, Clipboard clipboard) {
        this(palette, clipboard, MessageTemplates.defaults());
    }

    /** {@code templates} are the configured messages, used when the answer differs from the verdict. */
    public TuiApp(Palette palette, Clipboard clipboard, MessageTemplates templates) {
        this(palette, Glyphs.UNICODE, clipboard, templates);
    }

    /** {@code glyphs}: Needle's own symbols as they are, or ASCII stand-ins where the locale is not UTF-8. */
    public TuiApp(Palette palette, Glyphs glyphs, Clipboard clipboard, MessageTemplates templates) {
        this.renderer = new Renderer(palette, glyphs);
        this.clipboard = clipboard;
        this.templates = templates;
    }

    /**
     * Runs on the process's own terminal, UTF-8 whatever the locale says, never a Swing window.
     * Ctrl-C arrives as a key (and quits cleanly) instead of killing the JVM mid-draw.
     */
    public static void runOnConsole(TuiUseCases useCases, MessageTemplates templates) throws IOException {
        runOnConsole(useCases, templates, () -> { });
    }

    /** As above; {@code afterFirstFrame} runs once, on the drawing thread, when the first frame is on screen. */
    public static void runOnConsole(TuiUseCases useCases, MessageTemplates templates, Runnable afterFirstFrame)
            throws IOException {
        runOnConsole(useCases, templates, afterFirstFrame, ConsoleAhead.none());
    }

    /** As above, on the terminal {@code ahead} set up, when it still holds one. */
    public static void runOnConsole(TuiUseCases useCases, MessageTemplates templates, Runnable afterFirstFrame,
                                    ConsoleAhead ahead) throws IOException {
        // What Lanterna's DefaultTerminalFactory builds for a text terminal on Linux and macOS,
        // with emoji output fixed and its modes set at once (ConsoleTerminal).
        Optional<ConsoleTerminal> setUp = ahead.take();
        ConsoleTerminal terminal = setUp.isPresent() ? setUp.get() : ConsoleTerminal.open();
        StartUpTimeline.mark("terminal created");
        try {
            if (!terminal.signalKeysOff()) {
                TtyModes.disableSignalKeys();
            }
            StartUpTimeline.mark("signal keys off");
            AtomicBoolean first = new AtomicBoolean(true);
            new TuiApp(Palette.from(System.getenv()), Glyphs.from(System.getenv()), new Osc52Clipboard(System.out), templates)
                    .withEditor(screen -> new ExternalEditor(System.getenv(), EditorProcess.SHELL, suspending(screen)))
                    .onDrawn(ui -> {
                        if (first.getAndSet(false)) {
                            afterFirstFrame.run();
                        }
                    })
                    .show(useCases, terminal);
        } finally {
            terminal.close();
        }
    }

    /** Which editor notes open in, given the screen it must suspend while it runs. */
    public TuiApp withEditor(Function<Screen, TextEditor> editor) {
        this.editorFor = editor;
        return this;
    }

    /** Hands the terminal to another program and takes it back with the screen cleared for a full redraw. */
    static ExternalEditor.Suspension suspending(Screen screen) {
        return new ExternalEditor.Suspension() {
            @Override
            public void suspend() throws IOException {
                screen.stopScreen();
            }

            @Override
            public void resume() throws IOException {
                screen.startScreen();
                screen.setCursorPosition(null);
            }
        };
    }

    /** Called on the drawing thread after each frame is on screen; benchmarks and tests wait on it. */
    public TuiApp onDrawn(Consumer<Ui> observer) {
        this.drawn = observer;
        return this;
    }

    /** Whether there is a terminal to draw on; without one the caller should say so and exit with 2. */
    public static boolean hasConsole() {
        return System.console() != null;
    }

    /**
     * Runs on any terminal without a clipboard. The terminal must not hold the lock its output needs
     * while it waits for a key (Lanterna's DefaultVirtualTerminal does; the tests use a subclass).
     */
    public static void run(TuiUseCases useCases, Terminal terminal) throws IOException {
        new TuiApp(Palette.from(System.getenv()), Clipboard.NONE).show(useCases, terminal);
    }

    /** Shows the UI until the user quits or input ends; returns with the terminal as it was found. */
    public void show(TuiUseCases useCases, Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        AtomicBoolean stopped = new AtomicBoolean(false);
        // SIGTERM, or SIGHUP when the window closes: what is typed is kept first, then the terminal restored.
        Thread restoreOnSignal = new Thread(() -> {
            keepDraft();
            stop(screen, stopped);
        }, "needle-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
        try {
            showOn(useCases, screen, terminal);
        } finally {
            stop(screen, stopped);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook has run or will run, and stop() is idempotent.
            }
        }
    }

    /**
     * Like {@link #show} but without a JVM shutdown hook: for one of many sessions in a server, which
     * ends its sessions itself (through {@link #requestQuit()}) when the process is asked to stop.
     */
    void showWithoutSignalHook(TuiUseCases useCases, Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        try {
            showOn(useCases, screen, terminal);
        } finally {
            stop(screen, new AtomicBoolean(false));
        }
    }

    /** Writes what the user typed and has not saved, if anything; safe from any thread, any time. */
    void keepDraft() {
        DraftKeeper keeper = drafts.get();
        if (keeper != null) {
            keeper.flush();
        }
    }

    /** Asks the drawing thread to end the session as if input had ended; safe from any thread, any time. */
    public void requestQuit() {
        events.add(new KeyStroke(KeyType.EOF));
    }

    private void showOn(TuiUseCases useCases, Screen screen, Terminal terminal) throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        StartUpTimeline.mark("screen started");
        loop(useCases, screen, terminal);
    }

    private void loop(TuiUseCases useCases, Screen screen, Terminal terminal) throws IOException {
        TerminalResizeListener onResize = (t, size) -> events.add(RESIZED);
        terminal.addResizeListener(onResize);
        // The keyboard thread only reads and queues; all drawing stays on this thread.
        Thread keyboard = new Thread(() -> readKeys(screen, events, keyHandled), "needle-keyboard");
        keyboard.setDaemon(true);
        keyboard.start();
        Thread watcher = null;
        DrawnAgain losingTouch = new DrawnAgain();
        AtomicReference<String> notice = new AtomicReference<>();
        Runnable stopNotices = Notices.listen(line -> {
            notice.set(line);
            events.add(NOTICE);
        });
        try {
            ChangeWatcher changes = new ChangeWatcher(useCases.changes());
            Navigator navigator = new Navigator(useCases, new Screens(), templates, editorFor.apply(screen),
                    Path.of("").toAbsolutePath());
            drafts.set(navigator.drafts());
            // Only queues an event: the views are reloaded and drawn here, on the drawing thread.
            // At most one waits in the queue, so a burst of changes while a key is handled costs one reload.
            AtomicBoolean changeQueued = new AtomicBoolean(false);
            Runnable reload = () -> {
                if (changeQueued.compareAndSet(false, true)) {
                    events.add(CHANGED);
                }
            };
            // Today's first frame may be drawn before the people losing touch are known; then it is drawn again.
            useCases.week().touch().due().whenAtHand(losingTouch.after(reload));
            TerminalSize size = screen.getTerminalSize();
            StartUpTimeline.mark("size known");
            Ui ui = navigator.start(size.getColumns(), size.getRows());
            StartUpTimeline.mark("first screen's data read");
            draw(screen, navigator, ui, false);
            if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
                logStartUpTime();
                return;
            }
            watcher = changes.start(reload);
            while (!ui.quit()) {
                KeyStroke event = navigator.drafts().pending() ? poll(events) : take(events); // an idle session costs no CPU
                if (event == null) {
                    // Typing paused with something unsaved: kept now, so even a killed process loses little.
                    navigator.drafts().flush();
                    continue;
                }
                if (event.getKeyType() == KeyType.EOF) {
                    break;
                }
                TerminalSize resized = screen.doResizeIfNecessary();
                if (resized != null) {
                    ui = ui.resized(resized.getColumns(), resized.getRows());
                }
                if (event == CHANGED) {
                    changeQueued.set(false);
                    ui = navigator.refresh(ui);
                } else if (event == NOTICE) {
                    String line = notice.getAndSet(null);
                    if (line != null) {
                        ui = new Ui(ui.stack(), ui.title(), line, ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                                ui.parkedSetup(), ui.quit());
                    }
                } else if (event != RESIZED) {
                    for (dev.needle.adapter.tui.core.Key key : Keys.of(event)) {
                        if (!ui.quit()) {
                            ui = navigator.handle(ui, key);
                        }
                    }
                    keyHandled.release();
                }
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
                if (event == CHANGED) {
                    losingTouch.drewChange();
                }
            }
        } finally {
            // However the session ends (hang-up, closed window, idle end, quit), what is typed is kept.
            keepDraft();
            losingTouch.ended();
            stopNotices.run();
            terminal.removeResizeListener(onResize);
            keyboard.interrupt();
            if (watcher != null) {
                watcher.interrupt();
            }
        }
    }

    /** The figure bench/run reads back from the log: process start to the first frame on screen. */
    private static void logStartUpTime() {
        ProcessStart.instant().ifPresent(start -> LOG.info("First frame drawn {} ms after the process started",
                java.time.Duration.between(start, java.time.Instant.now()).toMillis()));
    }

    private static void readKeys(Screen screen, BlockingQueue<KeyStroke> events, Semaphore keyHandled) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                KeyStroke stroke = screen.readInput();
                events.put(stroke == null ? new KeyStroke(KeyType.EOF) : stroke);
                if (stroke == null || stroke.getKeyType() == KeyType.EOF) {
                    return;
                }
                keyHandled.acquire();
            }
        } catch (java.io.InterruptedIOException stopped) {
            // The drawing loop ended and interrupted this read (a stream that is not a tty says so this way).
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // A closed window or a hung-up line reads as an I/O error: how terminals usually end, nothing to act on.
            LOG.info("The terminal went away ({}); ending the session", gone.getMessage());
            events.add(new KeyStroke(KeyType.EOF));
        } catch (RuntimeException failure) {
            LOG.warn("Reading the keyboard failed; ending the session", failure);
            events.add(new KeyStroke(KeyType.EOF));
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next event, or null when none came within the draft pause. */
    private static KeyStroke poll(BlockingQueue<KeyStroke> events) {
        try {
            return events.poll(DRAFT_PAUSE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return new KeyStroke(KeyType.EOF);
        }
    }

    private static KeyStroke take(BlockingQueue<KeyStroke> events) {
        try {
            return events.take();
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return new KeyStroke(KeyType.EOF);
        }
    }

    private void draw(Screen screen, Navigator navigator, Ui ui, boolean repaint) throws IOException {
        renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames(), navigator.signedInAs());
        screen.refresh(repaint ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        drawn.accept(ui);
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
