package dev.needle.adapter.tui.core;

import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.application.StorageFailedException;
import dev.needle.application.UndoLog;
import dev.needle.domain.Direction;
import dev.needle.domain.Draft;
import dev.needle.domain.English;
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
    private final TuiUseCases useCases;
    private final Directory directory;
    private final MessageTemplates templates;
    /** One log for the whole session, so undo reaches back across screens. */
    private final UndoLog undo = new UndoLog();
    /** One Mine/All switch for the whole session, kept as set from screen to screen. */
    private final MineScope scope = new MineScope();
    /** Whether more than one person shares the database: read at the start and after other sessions' changes. */
    private Boolean teamShared;
    /** The tab labels with their counts, brought up to date after each key while the tabs show. */
    private List<String> tabs;
    /** The undo log's {@link UndoLog#moves()} when the tabs were last counted. */
    private long tabsCountedAt;
    private final TextEditor editor;
    private final Path folder;
    /** Who this session acts as, once the team has more than one person; asked again with the tabs. */
    private Optional<String> signedInAs = Optional.empty();
    /** What this session's user types unsaved, kept as a draft should the session end. */
    private final DraftKeeper drafts;
    /** The drafts an ended session (or another one) kept, which R reopens; read at the start and on leaving a screen. */
    private List<Draft> waiting = List.of();

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
        this.drafts = new DraftKeeper(useCases.drafts());
    }

    /** The keeper of this session's drafts, which the terminal loop writes at pauses and when the session ends. */
    public DraftKeeper drafts() {
        return drafts;
    }

    /** The first state: the setup on an empty database, else screen 1. */
    public Ui start(int columns, int rows) {
        Session session = session(rows);
        // Read once for both the choice and the title: the start's first frame waits for each read.
        Optional<Direction> direction = useCases.getDirection().activeDirection();
        boolean firstRun = direction.isEmpty();
        View first = firstRun ? directory.setup(session) : directory.open(1, session);
        String message = firstRun ? "Welcome to Needle. Three short steps; Esc leaves setup at any time." : "";
        Ui ui = titled(new Ui(List.of(first), "", message, Optional.empty(), List.of(), columns, rows,
                Optional.empty(), false), direction);
        if (firstRun) {
            return setupAsLeft(ui, session);
        }
        // Asked after the title, which settled who this is: knowing whose drafts to list then reads nothing more.
        waiting = drafts.waiting();
        // Told at the terminal's width, so the sentence is chosen to fit rather than cut.
        return waiting.isEmpty() ? ui : withMessage(ui, directory.draftNotice(waiting, session(rows, columns)));
    }

    /**
     * The first run's setup, as a session that ended in it left it: setup takes every key, so R could not
     * be pressed to reopen it. Other drafts wait for R once setup is left.
     */
    private Ui setupAsLeft(Ui ui, Session session) {
        waiting = drafts.waiting();
        Optional<Draft> left = waiting.stream().filter(directory::typedInSetup).findFirst();
        if (left.isEmpty()) {
            return waiting.isEmpty() ? ui
                    : withMessage(ui, "Welcome back. Esc leaves setup; R then reopens your kept draft.");
        }
        View restored = directory.reopen(left.get(), session);
        drafts.adopt(left.get());
        waiting = waiting.stream().filter(d -> !d.id().equals(left.get().id())).toList();
        return withMessage(new Ui(List.of(restored), ui.title(), "", Optional.empty(), List.of(), ui.columns(), ui.rows(),
                Optional.empty(), false), "Setup as you left it when a session ended; Ctrl-S saves this step.");
    }

    public Ui handle(Ui ui, Key key) {
        Ui clean = new Ui(ui.stack(), ui.title(), "", ui.overlay(), List.of(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
        try {
            Ui after = titled(dispatch(clean, key, ui.message()));
            drafts.typed(after.stack());
            return after;
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

    /**
     * Shows what was saved meanwhile, in this session or another, without a key: the open screen reloads
     * its data (keeping the selected record and anything typed), and the title follows the direction.
     * A screen that cannot reload now (its record was deleted elsewhere, the database is away) stays as it was.
     */
    public Ui refresh(Ui ui) {
        try {
            List<View> stack = new ArrayList<>(ui.stack());
            stack.set(stack.size() - 1, ui.current().refreshed(session(ui.rows())));
            tabs = null; // another session may have changed what waits
            waiting = drafts.waiting();
            teamShared = null; // or someone joined
            return titled(new Ui(stack, ui.title(), ui.message(), ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                    ui.parkedSetup(), ui.quit()));
        } catch (RuntimeException failure) {
            LOG.debug("Screen {} could not reload after a change", ui.current().name(), failure);
            return ui;
        }
    }

    /** What the user reads when the machine let a key down: what failed, and that nothing was lost. */
    static String machineFailed(StorageFailedException machine) {
        String problem = machine.getMessage();
        String told = problem.isEmpty() ? "Storage failed" : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return told + ": nothing changed, what you typed is kept.";
    }

    public Session session(int rows) {
        return session(rows, 0);
    }

    /** The session for a terminal of {@code columns} x {@code rows}: the body is as wide, and the chrome's rows shorter. */
    public Session session(int rows, int columns) {
        return new Session(useCases, rows - CHROME_ROWS - 2, templates, undo, editor, folder, scope, columns,
                rows - CHROME_ROWS);
    }

    /** The tabs as last counted: each screen's name and what waits there, e.g. "Follow-ups (3)". */
    public List<String> screenNames() {
        return tabs == null ? directory.names() : tabs;
    }

    /**
     * The name of the person this session acts as, for the title line, when the database is shared (a
     * person alone needs no reminder of who they are); as of the last key or change.
     */
    public Optional<String> signedInAs() {
        return signedInAs;
    }

    /** Keys that work on the current screen, its own first, for the hint bar. */
    public List<KeyHint> hintsFor(Ui ui) {
        List<KeyHint> hints = new ArrayList<>(ui.current().hints());
        List<Binding> own = ui.current().bindings();
        for (Binding global : globalBindings(ui, false)) {
            if (global.inBar() && global.applies() && !global.shadowedBy(own)) {
                hints.add(global.hint());
            }
        }
        return hints;
    }

    /**
     * The keys that work everywhere, in the order they are tried after the screen's own; the ones
     * in the hint bar are marked so. While a screen takes typed text only keys that cannot be text
     * stay global (Esc, F1, Ctrl-L, Ctrl-C).
     */
    public List<Binding> globalBindings(Ui ui) {
        return globalBindings(ui, true);
    }

    /** {@code askStore}: whether to read if a setup waits (only the help and the dispatch need to know). */
    private List<Binding> globalBindings(Ui ui, boolean askStore) {
        View current = ui.current();
        boolean typing = current.capturesText();
        int screens = directory.names().size();
        boolean setupWaits = ui.parkedSetup().isPresent()
                || askStore && !typing && useCases.getDirection().activeDirection().isEmpty();
        Binding f1 = Binding.on("F1", "help", (k, s) -> help(current, ui));
        String previousMessage = ui.message();
        return List.of(
                Binding.on("?", "help", (k, s) -> help(current, ui)).when(!typing),
                typing ? f1 : f1.helpOnly(),
                Binding.on("Esc", "back", (k, s) -> Step.back()).when(!ui.atTop()),
                ui.atTop() ? Binding.on("q", "quit", (k, s) -> Step.quit()).when(!typing)
                        : Binding.on("q", "back", (k, s) -> Step.back()).when(!typing).helpOnly(),
                MineKeys.toggle(current, scope, !typing && teamShared()),
                MineKeys.give(current, !typing && teamShared()),
                Binding.on("u", "undo the last change", (k, s) -> undo(current, s, false)).when(!typing).helpOnly(),
                Binding.on("Ctrl-R", "redo what was undone", (k, s) -> redo(current, s, false)).when(!typing).helpOnly(),
                Binding.on("1–" + screens, "jump to screen", (k, s) -> Step.reset(directory.open(k.ch() - '0', s)))
                        .when(!typing).helpOnly(),
                // From a page opened on a screen (a contact on Contacts), the next screen is the one after that screen.
                Binding.on("Tab", "next screen", (k, s) -> Step.reset(directory.open(nextScreen(ui.stack().get(0)), s)))
                        .when(!typing).helpOnly(),
                Binding.on(":", "command palette", (k, s) -> Step.open(directory.palette(s))).when(!typing).helpOnly(),
                Binding.on("R", "reopen draft", (k, s) -> reopen(s)).when(!typing && !waiting.isEmpty()),
                Binding.on("s", "set up Needle", (k, s) -> Step.open(ui.parkedSetup().orElseGet(() -> directory.setup(s))))
                        .when(!typing && setupWaits).helpOnly(),
                Binding.on("Ctrl-L", "redraw", (k, s) -> Step.stay(current).say(previousMessage).with(new Effect.Repaint()))
                        .helpOnly(),
                Binding.on("Ctrl-C", "quit anywhere", (k, s) -> Step.quit()).helpOnly());
    }

    /**
     * Reopens the newest draft waiting: in its form or editor, text restored, when its record is still
     * there (this session then answers for it: a save or a confirmed cancel takes it away), else as text
     * to read and copy.
     */
    private Step reopen(Session session) {
        List<Draft> now = drafts.waiting();
        if (now.isEmpty()) {
            waiting = now;
            return Step.unhandled();
        }
        Draft draft = now.get(0);
        View view = directory.reopen(draft, session);
        if (view.unsaved().isPresent()) {
            drafts.adopt(draft);
        }
        // The one on screen is not waiting: R reopens the next, and this one waits again if it is left kept.
        waiting = drafts.waiting().stream().filter(d -> !d.id().equals(draft.id())).toList();
        String more = waiting.isEmpty() ? "" : " " + waiting.size() + " more kept.";
        String notice = directory.reopenedNotice(draft, view, session);
        boolean fits = dev.needle.adapter.tui.text.SafeText.width(notice + more) <= session.width();
        return Step.open(view).say(fits ? notice + more : notice);
    }

    private boolean teamShared() {
        if (teamShared == null) {
            teamShared = useCases.team().team().isShared();
        }
        return teamShared;
    }

    private Ui dispatch(Ui ui, Key key, String previousMessage) {
        Session session = session(ui.rows(), ui.columns());
        Ui before = withMessage(ui, previousMessage);
        if (key.isCtrl('c') || key.isCtrl('l')) {
            // These work even over an overlay. The terminal delivers Ctrl-C as a key (not a signal) so
            // the loop can restore the screen.
            return apply(ui, Binding.dispatch(globalBindings(before), key, session), session);
        }
        if (ui.overlay().isPresent()) {
            return answerOverlay(ui, ui.overlay().get(), key, session);
        }
        if (key.is(Key.Type.F1)) {
            return apply(ui, help(ui.current(), ui), session);
        }
        Step step = ui.current().handle(key, session);
        if (step.isHandled()) {
            return apply(ui, step, session);
        }
        return apply(ui, Binding.dispatch(globalBindings(before), key, session), session);
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

    /**
     * Takes back the newest change and shows the screen as it is now; when another session changed
     * the same fields since, says what they hold now and asks first.
     */
    private static Step undo(View current, Session session, boolean overwrite) {
        UndoLog.Outcome outcome = session.undo().undo(session.useCases().week().revert(), overwrite);
        return said(current, session, outcome, "Undone", "Nothing to undo.",
                s -> undo(current.refreshed(s), s, true));
    }

    /** Makes the newest undone change again, with the same question when fields changed meanwhile. */
    private static Step redo(View current, Session session, boolean overwrite) {
        UndoLog.Outcome outcome = session.undo().redo(session.useCases().week().revert(), overwrite);
        return said(current, session, outcome, "Redone", "Nothing to redo.",
                s -> redo(current.refreshed(s), s, true));
    }

    private static Step said(View current, Session session, UndoLog.Outcome outcome, String done, String nothing,
                             java.util.function.Function<Session, Step> anyway) {
        if (outcome instanceof UndoLog.Outcome.Done step) {
            return Step.stay(current.refreshed(session)).say(English.sentence(done + ": " + step.description()));
        }
        if (outcome instanceof UndoLog.Outcome.Superseded step) {
            return Step.stay(current.refreshed(session)).say(superseded(step, session.width()));
        }
        if (outcome instanceof UndoLog.Outcome.CannotUndo step) {
            return Step.stay(current).say(English.sentence("Cannot undo: " + step.description()));
        }
        if (outcome instanceof UndoLog.Outcome.ChangedMeanwhile step) {
            String verb = done.equals("Undone") ? "Undo" : "Redo";
            // The question stays short enough for the box; what changed goes on the message line below it.
            return Step.stay(current.refreshed(session)).say(ChangedMeanwhileLine.of(step.meanwhile(), session.width()))
                    .ask(verb + " " + step.description() + " anyway? y/N", anyway);
        }
        return Step.stay(current).say(nothing);
    }

    /**
     * Undo found only other sessions' work where its step was: says so on one line of the terminal's width,
     * naming the step when that fits ("your snooze of Maria Lopez").
     */
    static String superseded(UndoLog.Outcome.Superseded step, int width) {
        String named = "Nothing of yours to undo: another session changed your " + step.description() + ".";
        return dev.needle.adapter.tui.text.SafeText.width(named) <= width ? named
                : "Nothing of yours to undo: another session has changed it since.";
    }

    /** The help overlay: this screen's keys, then the global ones it does not answer itself, each once. */
    private Step help(View current, Ui ui) {
        List<Binding> own = current.bindings();
        List<Binding> all = new ArrayList<>(own);
        for (Binding global : globalBindings(ui)) {
            if (!global.shadowedBy(own)) {
                all.add(global);
            }
        }
        return new Step(Step.Move.STAY, current, Optional.empty(),
                Optional.of(new Overlay.Help(current.name(), Binding.help(all))), List.of());
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
                waiting = drafts.waiting();
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
        return titled(ui, useCases.getDirection().activeDirection());
    }

    /** {@code ui} with the tabs' counts and the title of {@code direction}, the active one as just read. */
    private Ui titled(Ui ui, Optional<Direction> direction) {
        // Counted again only when this session changed something or another session did (refresh),
        // not after every key: moving through a list asks the store nothing.
        if (tabs == null || undo.moves() != tabsCountedAt) {
            tabs = directory.tabLabels(session(ui.rows()));
            tabsCountedAt = undo.moves();
            signedInAs = useCases.team().team().isShared() ? Optional.of(useCases.team().me().name()) : Optional.empty();
        }
        // While a form is open (the setup itself, or any other) s is a letter, not the way to setup.
        String title = direction.map(Direction::statement)
                .orElse(ui.current().capturesText() ? "No direction yet" : "No direction yet — press s to set one up");
        return new Ui(ui.stack(), title, ui.message(), ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
    }

    private static Ui withMessage(Ui ui, String message) {
        return new Ui(ui.stack(), ui.title(), message, ui.overlay(), ui.effects(), ui.columns(), ui.rows(),
                ui.parkedSetup(), ui.quit());
    }
}
