package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.needle.adapter.tui.core.Effect;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.screen.Screens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives the UI like a user on a virtual terminal: keys go through the navigator, every state is
 * drawn by the real renderer on a real TerminalScreen, and the cells are read back as text.
 */
final class Tui implements AutoCloseable {
    final Wiring wiring;
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final Navigator navigator;
    final Renderer renderer = new Renderer(Palette.MONOCHROME);
    final List<String> copied = new ArrayList<>();
    private final ChangeWatcher changes;
    Ui ui;

    Tui(Wiring wiring, int columns, int rows) {
        this(wiring, columns, rows, dev.needle.domain.triage.MessageTemplates.defaults());
    }

    Tui(Wiring wiring, int columns, int rows, dev.needle.domain.triage.MessageTemplates templates) {
        this(wiring, columns, rows, templates, dev.needle.adapter.tui.edit.TextEditor.NONE,
                java.nio.file.Path.of("").toAbsolutePath());
    }

    /** With the editor notes open in and the folder exports land in, as the real app has them. */
    Tui(Wiring wiring, int columns, int rows, dev.needle.domain.triage.MessageTemplates templates,
        dev.needle.adapter.tui.edit.TextEditor editor, java.nio.file.Path folder) {
        this.wiring = wiring;
        this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            this.screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.changes = new ChangeWatcher(wiring.useCases.changes());
        this.navigator = new Navigator(wiring.useCases, new Screens(), templates, editor, folder);
        this.ui = navigator.start(columns, rows);
        draw();
    }

    static Tui on(Wiring wiring) {
        return new Tui(wiring, 80, 24);
    }

    Tui press(Key... keys) {
        for (Key key : keys) {
            ui = navigator.handle(ui, key);
            for (Effect effect : ui.effects()) {
                if (effect instanceof Effect.Copy copy) {
                    copied.add(copy.text());
                }
            }
            ui = ui.withoutEffects();
            draw();
        }
        return this;
    }

    Tui press(char... keys) {
        for (char c : keys) {
            press(Key.ch(c));
        }
        return this;
    }

    Tui type(String text) {
        text.chars().forEach(c -> press(Key.ch((char) c)));
        return this;
    }

    /** What the app's change watcher does on its next look: when something was saved, the open screen reloads. */
    Tui lookForChanges() {
        if (changes.changedSinceLastLook()) {
            ui = navigator.refresh(ui);
            draw();
        }
        return this;
    }

    /** What the app's loop does when told that what a screen waited for is here: the open screen reloads. */
    Tui reload() {
        ui = navigator.refresh(ui);
        draw();
        return this;
    }

    Tui enter() {
        return press(Key.of(Key.Type.ENTER));
    }

    Tui esc() {
        return press(Key.of(Key.Type.ESCAPE));
    }

    Tui tab() {
        return press(Key.of(Key.Type.TAB));
    }

    Tui resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        TerminalSize size = screen.doResizeIfNecessary();
        if (size != null) {
            ui = ui.resized(size.getColumns(), size.getRows());
        }
        draw();
        return this;
    }

    private void draw() {
        renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames(), navigator.signedInAs());
        try {
            screen.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** One row as the user sees it: a wide character once, not once per column it covers. */
    String row(int row) {
        StringBuilder text = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int col = 0; col < columns; col++) {
            TextCharacter c = cell(col, row);
            text.append(c.getCharacterString());
            if (c.isDoubleWidth()) {
                col++;
            }
        }
        return text.toString();
    }

    String text() {
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            all.append(row(r)).append('\n');
        }
        return all.toString();
    }

    /** The first row containing {@code needle}, or -1. */
    int rowOf(String needle) {
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            if (row(r).contains(needle)) {
                return r;
            }
        }
        return -1;
    }

    /** Where the terminal's own cursor stands, or empty while it is hidden. */
    java.util.Optional<com.googlecode.lanterna.TerminalPosition> cursor() {
        return terminal.isCursorVisible() ? java.util.Optional.of(terminal.getCursorPosition()) : java.util.Optional.empty();
    }

    boolean isReversed(int row) {
        return cell(1, row).isReversed();
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }
}
