package dev.needle.adapter.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.needle.adapter.tui.render.TtyModes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every mode the full screen needs on the process's own tty, set by one stty run that also reads the
 * window's size: what Lanterna sets one stty run at a time (no line editing, a key at a time, no echo,
 * Ctrl-C not a signal) and what {@link TtyModes} turns off. Each run is a new process, so five runs
 * and a question to the terminal about its size became one run (docs/performance.md). A run that
 * fails leaves the modes to Lanterna's own runs and {@link TtyModes}, which set the same ones (GNU stty
 * refuses a word it does not know before it changes anything).
 */
final class RawModes {
    private static final Logger LOG = LoggerFactory.getLogger(RawModes.class);
    private static final File TTY = new File("/dev/tty");

    /** The modes are set; {@code size} is the window's, when the tty knows it. */
    record Set(Optional<TerminalSize> size) {
    }

    private RawModes() {
    }

    /** Sets every mode on {@code /dev/tty} with {@code stty}; empty when that did not work. */
    static Optional<Set> setAll(String stty, boolean ctrlCIsAKey) {
        return setAll(stty, ctrlCIsAKey, TTY);
    }

    static Optional<Set> setAll(String stty, boolean ctrlCIsAKey, File tty) {
        List<String> command = new ArrayList<>(List.of(stty, "-icanon", "min", "1", "-echo"));
        if (ctrlCIsAKey) {
            command.addAll(List.of("intr", "undef"));
        }
        command.addAll(TtyModes.SIGNAL_KEYS_OFF);
        command.add("size");
        try {
            Process process = new ProcessBuilder(command).redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            int exit = process.waitFor();
            if (exit != 0) {
                LOG.debug("stty {} exited with {}; setting the modes one at a time", command, exit);
                return Optional.empty();
            }
            return Optional.of(new Set(size(out)));
        } catch (IOException e) {
            LOG.debug("stty {} could not run; setting the modes one at a time", command, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "ROWS COLUMNS", as stty's size prints it; empty for anything else or a size of nothing. */
    static Optional<TerminalSize> size(String sttyOut) {
        String[] words = sttyOut.strip().split("\\s+");
        if (words.length != 2) {
            return Optional.empty();
        }
        try {
            int rows = Integer.parseInt(words[0]);
            int columns = Integer.parseInt(words[1]);
            return rows > 0 && columns > 0 ? Optional.of(new TerminalSize(columns, rows)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
