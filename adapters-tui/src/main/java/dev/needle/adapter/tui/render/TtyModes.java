package dev.needle.adapter.tui.render;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns off the keys that would otherwise wedge a full-screen session: Ctrl-Z (suspend), Ctrl-\
 * (quit with a core dump) and Ctrl-S/Ctrl-Q (output flow control). Lanterna saved the terminal's
 * settings before this runs and restores them when the terminal closes, so these go back too.
 */
public final class TtyModes {
    private static final Logger LOG = LoggerFactory.getLogger(TtyModes.class);
    private static final File TTY = new File("/dev/tty");
    /** stty's words for the keys above off. */
    public static final List<String> SIGNAL_KEYS_OFF = List.of("susp", "undef", "quit", "undef", "-ixon");

    private TtyModes() {
    }

    /** Best effort: without /dev/tty or stty the keys keep their usual meaning, which is logged. */
    public static void disableSignalKeys() {
        if (!TTY.exists()) {
            return;
        }
        try {
            List<String> command = new ArrayList<>(List.of("stty"));
            command.addAll(SIGNAL_KEYS_OFF);
            Process stty = new ProcessBuilder(command)
                    .redirectInput(TTY).redirectErrorStream(true).start();
            stty.getInputStream().readAllBytes();
            int exit = stty.waitFor();
            if (exit != 0) {
                LOG.warn("stty exited with {}; Ctrl-Z, Ctrl-\\ and Ctrl-S keep their terminal meaning", exit);
            }
        } catch (IOException failure) {
            LOG.warn("Could not run stty; Ctrl-Z, Ctrl-\\ and Ctrl-S keep their terminal meaning", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
