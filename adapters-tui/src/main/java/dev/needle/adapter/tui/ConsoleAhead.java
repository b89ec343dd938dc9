package dev.needle.adapter.tui;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's own terminal, set up for the full screen (its modes set, its size read) while the
 * program still waits for its database, which the terminal does not need: that wait then does the
 * terminal's work. Nothing shows yet; the screen starts only when the UI takes the terminal
 * ({@link TuiApp#runOnConsole(dev.needle.adapter.tui.core.TuiUseCases,
 * dev.needle.domain.triage.MessageTemplates, Runnable, ConsoleAhead)}). Until then {@link #close()}
 * gives it back exactly as it was found, so a question asked on the plain terminal, or an error told
 * there, reads as it always did.
 */
public final class ConsoleAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAhead.class);

    private ConsoleTerminal terminal;

    private ConsoleAhead(ConsoleTerminal terminal) {
        this.terminal = terminal;
    }

    /** Nothing set up: the UI sets the terminal up itself. */
    public static ConsoleAhead none() {
        return new ConsoleAhead(null);
    }

    /**
     * Sets the terminal up now; when that fails, nothing is set up and the UI tries again itself, so
     * whatever went wrong is told as it always was.
     */
    public static ConsoleAhead setUp() {
        try {
            ConsoleTerminal terminal = ConsoleTerminal.open();
            StartUpTimeline.mark("terminal set up ahead");
            return new ConsoleAhead(terminal);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Setting the terminal up ahead failed; the full screen will do it", e);
            return none();
        }
    }

    /** Whether a terminal is set up and not yet taken or given back. */
    public synchronized boolean isSetUp() {
        return terminal != null;
    }

    /** The terminal, for the UI, which gives it back when it ends; empty once taken or given back. */
    synchronized Optional<ConsoleTerminal> take() {
        Optional<ConsoleTerminal> taken = Optional.ofNullable(terminal);
        terminal = null;
        return taken;
    }

    /** Gives the terminal back as it was found, unless the UI took it. */
    @Override
    public synchronized void close() throws IOException {
        if (terminal != null) {
            ConsoleTerminal given = terminal;
            terminal = null;
            given.close();
        }
    }
}
