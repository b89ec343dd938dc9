package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.TuiUseCases;
import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.application.StorageFailedException;
import dev.needle.application.UndoLog;
import dev.needle.domain.Direction;
import java.nio.file.Path;
import dev.needle.domain.triage.MessageTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global key map on top of the screens: (state, key) → new state. The current screen sees the
 * key first; what it leaves unhandled falls to the keys that work everywhere (help, quit, back,
 * screen jumps). A failing use case ends up on the message line, never as a crash.
 */
public final class Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);
    /** Title, screen tabs, hint bar, message line. */
    public static final int CHROME_ROWS = 4;
    public static final List<KeyHint> GLOBAL_KEYS = List.of(
            KeyHint.of("j/k ↑/↓", "move"), KeyHint.of("g/G", "top/bottom"), KeyHint.of("PgUp/PgDn", "page"),
            KeyHint.of("Enter", "open"), KeyHint.of("Esc", "back/cancel"), KeyHint.of("Tab", "next screen"),
            KeyHint.of("1–6", "jump to screen"), KeyHint.of("u", "undo the last change"), KeyHint.of(":", "command palette"), KeyHint.of("? F1", "this help"),
            KeyHint.of("Ctrl-L", "redraw"), KeyHint.of("q", "quit, or back"), KeyHint.of("Ctrl-C", "quit anywhere"));

    /** While a screen takes typed text, letters are text; these still work. */
    public static final List<KeyHint> TYPING_KEYS = List.of(KeyHint.of("Esc", "cancel/back"),
            KeyHint.of("F1", "this help"), KeyHint.of("Ctrl-L", "redraw"), KeyHint.of("Ctrl-C", "quit"));

    private final TuiUseCases useCases;
    private final Directory directory;
    private final MessageTemplates templates;
    /** One log for the whole session, so undo reaches back across screens. */
    private final UndoLog undo = new UndoLog();
    /** The tab labels with their counts, brought up to date after each key while the tabs show. */
    private List<String> tabs;
    private final TextEditor editor;
    private final Path folder;

    public Navigator(TuiUseCases useCases, Directory directory) {
        this(useCases, directory, MessageTemplates.defaults());
    }

    public Navigator(TuiUseCases useCases, Directory directory, MessageTemplates templates) {
        this(useCases, directory, templates, TextEditor.NONE, Path.of("").toAbsolutePath());
    }

    /** {@code folder} is where exports land when the user types a bare file name. */
    public Navigator(TuiUseCases useCases, Directory directory, MessageTemplates templates, TextEditor editor,
                     Path folder) {
        this.useCases = useCases;
        this.directory = directory;
        this.templates = templates;
        this.editor = editor;
        this.folder = folder;
    }

    /** The first state: the setup on an empty database, else screen 1. */
    public Ui start(int columns, int rows) {
        Session session = session(rows);
        boolean firstRun = useCases.getDirection().activeDirection().isEmpty();
        View first = firstRun ? directory.setup(session) : directory.open(1, session);
        String message = firstRun ? "Welcome to Needle. Three short steps; Esc leaves setup at any time." : "";
        return titled(new Ui(List.of(first), "", message, Optional.empty(), List.of(), columns, rows,
                Optional.empty(), false));
    }

    public Ui handle(Ui ui, Key key) {
        Ui clean = new Ui(ui.stack(), ui.title(), "", ui.overlay(), List.of(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
        try {
            return titled(dispatch(clean, key));
        } catch (StorageFailedException machine) {
            // The state from before the key is kept whole: a form stays open with what was typed, and the
            // same key works once the machine does (the database adapter reopens what closed).
            LOG.warn("Storage failed under a key on screen {}", ui.current().name(), machine);
            return withMessage(clean, machineFailed(machine));
        } catch (RuntimeException failure) {
            LOG.warn("A key led to an error on screen {}", ui.current().name(), failure);
            String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return withMessage(clean, "Could not do that: " + why);
        }
    }

    /** What the user reads when the machine let a key down: what failed, and that nothing was lost. */
    static String machineFailed(StorageFailedException machine) {
        String problem = machine.getMessage();
        String told = problem.isEmpty() ? "Storage failed" : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return told + ": nothing changed, what you typed is kept.";
    }

    public Session session(int rows) {
        return new Session(useCases, rows - CHROME_ROWS - 2, templates, undo, editor, folder);
    }

    /** The tabs as last counted: each screen's name and what waits there, e.g. "Follow-ups (3)". */
    public List<String> screenNames() {
        return tabs == null ? directory.names() : tabs;
    }

    /** Keys that work on the current screen, its own first, for the hint bar. */
    public List<KeyHint> hintsFor(Ui ui) {
        List<KeyHint> hints = new ArrayList<>(ui.current().hints());
        if (!ui.current().capturesText()) {
            hints.add(KeyHint.of("?", "help"));
            hints.add(ui.atTop() ? KeyHint.of("q", "quit") : KeyHint.of("Esc", "back"));
        }
        return hints;
    }

    private Ui dispatch(Ui ui, Key key) {
        Session session = session(ui.rows());
        if (key.isCtrl('c')) {
            // The terminal delivers Ctrl-C as a key (not a signal) so the loop can restore the screen.
            return new Ui(ui.stack(), ui.title(), ui.message(), Optional.empty(), List.of(), ui.columns(), ui.rows(),
                    ui.parkedSetup(), true);
        }
        if (key.isCtrl('l')) {
            return new Ui(ui.stack(), ui.title(), ui.message(), ui.overlay(), List.of(new Effect.Repaint()),
                    ui.columns(), ui.rows(), ui.parkedSetup(), false);
        }
        if (ui.overlay().isPresent()) {
            return answerOverlay(ui, ui.overlay().get(), key, session);
        }
        if (key.is(Key.Type.F1)) {
            return apply(ui, help(ui.current()), session);
        }
        Step step = ui.current().handle(key, session);
        if (step.isHandled()) {
            return apply(ui, step, session);
        }
        return apply(ui, globalKey(ui, key, session), session);
    }

    private Ui answerOverlay(Ui ui, Overlay overlay, Key key, Session session) {
        Ui closed = new Ui(ui.stack(), ui.title(), "", Optional.empty(), List.of(), ui.columns(), ui.rows(),
                ui.parkedSetup(), false);
        if (overlay instanceof Overlay.Confirm confirm) {
            if (key.is('y') || key.is('Y')) {
                return apply(closed, confirm.onYes().apply(session), session);
            }
            return withMessage(closed, "Nothing changed.");
        }
        return closed;
    }

    private Step globalKey(Ui ui, Key key, Session session) {
        View current = ui.current();
        if (key.is('?') && !current.capturesText()) {
            return help(current);
        }
        if (key.is(Key.Type.ESCAPE)) {
            return ui.atTop() ? Step.unhandled() : Step.back();
        }
        if (current.capturesText()) {
            return Step.unhandled();
        }
        if (key.is(':')) {
            return Step.open(directory.palette(session));
        }
        if (key.is('q')) {
            return ui.atTop() ? Step.quit() : Step.back();
        }
        if (key.is('u')) {
            return undoLast(current, session);
        }
        if (key.type() == Key.Type.CHAR && !key.ctrl() && key.ch() >= '1' && key.ch() <= '0' + directory.names().size()) {
            return Step.reset(directory.open(key.ch() - '0', session));
        }
        if (key.is(Key.Type.TAB)) {
            return Step.reset(directory.open(nextScreen(current), session));
        }
        if (key.is('s') && (ui.parkedSetup().isPresent() || useCases.getDirection().activeDirection().isEmpty())) {
            View setup = ui.parkedSetup().orElseGet(() -> directory.setup(session));
            return Step.open(setup);
        }
        return Step.unhandled();
    }

    /** Takes back the newest change and shows the screen as it is now. */
    private static Step undoLast(View current, Session session) {
        return session.undo().undoLast()
                .map(what -> Step.stay(current.refreshed(session)).say("Undone: " + what + "."))
                .orElseGet(() -> Step.stay(current).say("Nothing to undo."));
    }

    /** The help overlay: this screen's keys, then the global ones (only Esc and F1 while typing). */
    private static Step help(View current) {
        List<KeyHint> keys = new ArrayList<>(current.hints());
        keys.addAll(current.capturesText() ? TYPING_KEYS : GLOBAL_KEYS);
        return new Step(Step.Move.STAY, current, Optional.empty(),
                Optional.of(new Overlay.Help(current.name(), keys)), List.of());
    }

    private int nextScreen(View current) {
        int index = directory.names().indexOf(current.name());
        return index < 0 ? 1 : (index + 1) % directory.names().size() + 1;
    }

    private Ui apply(Ui ui, Step step, Session session) {
        List<View> stack = new ArrayList<>(ui.stack());
        Optional<View> parked = ui.parkedSetup();
        boolean quit = false;
        switch (step.move()) {
            case STAY -> stack.set(stack.size() - 1, step.view());
            case OPEN -> {
                stack.add(step.view());
                if (parked.isPresent() && parked.get() == step.view()) {
                    parked = Optional.empty();
                }
            }
            case BACK -> {
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                    stack.set(stack.size() - 1, stack.get(stack.size() - 1).refreshed(session));
                }
            }
            case RESET -> {
                stack.clear();
                stack.add(step.view());
            }
            case PARK -> {
                parked = Optional.of(step.view());
                stack.clear();
                stack.add(directory.open(1, session));
            }
            case QUIT -> quit = true;
            case UNHANDLED -> {
                // An unknown key changes nothing; the hint bar already says what works.
            }
        }
        String message = step.message().orElse(ui.message());
        return new Ui(stack, ui.title(), message, step.overlay().or(ui::overlay), step.effects(), ui.columns(),
                ui.rows(), parked, quit);
    }

    private Ui titled(Ui ui) {
        if (ui.atTop() || tabs == null) {
            tabs = directory.tabLabels(session(ui.rows()));
        }
        // While a form is open (the setup itself, or any other) s is a letter, not the way to setup.
        String title = useCases.getDirection().activeDirection().map(Direction::statement)
                .orElse(ui.current().capturesText() ? "No direction yet" : "No direction yet — press s to set one up");
        return new Ui(ui.stack(), title, ui.message(), ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
    }

    private static Ui withMessage(Ui ui, String message) {
        return new Ui(ui.stack(), ui.title(), message, ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
    }
}
