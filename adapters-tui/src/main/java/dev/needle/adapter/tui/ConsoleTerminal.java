package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import sun.misc.Signal;

/**
 * The process's own tty, as Lanterna's UnixTerminal drives it, except that a character beyond the
 * BMP (an emoji in a name) reaches the terminal as one encoded character rather than two "?", and
 * that the modes are set in one stty run ({@link RawModes}) rather than Lanterna's four and ours
 * (signal keys off), with the window's size read by that same run, so the screen need not ask the
 * terminal for its size and wait for the answer. Where that run fails, Lanterna's own calls follow.
 */
final class ConsoleTerminal extends UnixTerminal {
    // The first two are set while Lanterna's constructor runs (it sets the modes from there): so no
    // initialisers, which would run after it and wipe them.
    /** Whether the one stty run set every mode, signal keys included. */
    private volatile boolean modesSetAtOnce;
    /** The size that run read; forgotten when the window changes. */
    private volatile TerminalSize sizeRead;
    /** Whether {@link #close()} gave the terminal back. */
    private volatile boolean givenBack;

    private ConsoleTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
    }

    /** The process's own terminal, in raw mode from now on; {@link #close()} gives it back as it was. */
    static ConsoleTerminal open() throws IOException {
        return new ConsoleTerminal(System.in, System.out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    /** Whether Ctrl-Z, Ctrl-\ and Ctrl-S/Ctrl-Q are off already ({@code TtyModes} need not run). */
    boolean signalKeysOff() {
        return modesSetAtOnce;
    }

    @Override
    public void putString(String text) throws IOException {
        PairedSurrogates.put(text, getCharset(), super::putCharacter, this::writeToTerminal);
    }

    /** Lanterna turns canonical mode off first, then echo, then Ctrl-C: all three happen here at once. */
    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (!enabled && !modesSetAtOnce) {
            Optional<RawModes.Set> set = RawModes.setAll(sttyCommand(), catchesSpecialCharacters());
            if (set.isPresent()) {
                modesSetAtOnce = true;
                sizeRead = set.get().size().orElse(null);
                return;
            }
        }
        super.canonicalMode(enabled);
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !modesSetAtOnce) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !modesSetAtOnce) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    /**
     * The size stty read, until the window changes; after that (or when it read none) the terminal is
     * asked, as Lanterna does. The screen asks twice as it starts, and each question waits for the
     * terminal's answer.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize read = sizeRead;
        return read != null ? read : super.findTerminalSize();
    }

    /**
     * Lanterna never takes its handler of window changes back: once this terminal is given back, the
     * handler would ask the plain terminal for its size (a question asked there, who is here, say,
     * would lose typed keys to the wait for the answer), so it does nothing then. The handler is set
     * here rather than through Lanterna, which finds {@code sun.misc.Signal} by reflection and makes a
     * proxy class for its handler before the first frame (docs/performance.md, frame8); like Lanterna,
     * a system without the signal goes without it.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), signal -> {
                if (givenBack) {
                    return;
                }
                sizeRead = null; // the window changed: the size read before no longer holds
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError noSuchSignal) {
            // No window-change signal here (or a runtime without jdk.unsupported): the size read at start
            // holds, as with Lanterna's own.
        }
    }

    @Override
    public void close() throws IOException {
        givenBack = true;
        super.close();
    }

    /** The stty Lanterna runs (it may be named by a system property). */
    private static String sttyCommand() {
        return System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
    }

    /** Whether Lanterna turns Ctrl-C's signal off, as it decides it. */
    private static boolean catchesSpecialCharacters() {
        return !"false".equals(System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.catchSpecialCharacters",
                "").trim().toLowerCase(java.util.Locale.ROOT));
    }
}
