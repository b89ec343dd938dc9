package dev.needle.app;

import java.io.PrintWriter;

/**
 * A one-line status on stderr for a person watching a terminal, rewritten in place; silent when
 * stderr goes to a file or a pipe, where it would only be noise in a log.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean visible;
    private int width;

    private Progress(PrintWriter err, boolean visible) {
        this.err = err;
        this.visible = visible;
    }

    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    void show(String status) {
        if (visible) {
            err.print("\r" + status + " ".repeat(Math.max(0, width - status.length())));
            err.flush();
            width = status.length();
        }
    }

    /** Clears the line so the report or an error starts on a clean one. */
    void done() {
        if (visible && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
