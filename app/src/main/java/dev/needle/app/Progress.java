package dev.needle.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line status on stderr for a person watching a terminal, rewritten in place; silent when
 * stderr goes to a file or a pipe, where it would only be noise in a log.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean visible;
    private int width;
    private long countingSince;
    private long lastDrawn;
    private String counting = "";

    Progress(PrintWriter err, boolean visible) {
        this.err = err;
        this.visible = visible;
    }

    /**
     * For a long command (an import, an export): visible when stderr is a
     * terminal, whatever stdin and stdout are, unless {@code quiet} (the result itself is scrolling by
     * on that terminal, and a status line would land in the middle of it).
     */
    static Progress onStderr(PrintWriter err, boolean quiet) {
        return new Progress(err, !quiet && isTerminal(2));
    }

    /**
     * Whether file descriptor {@code fd} of this process is a terminal. Java 17 cannot ask isatty for
     * one stream ({@code System.console()} needs stdin and stdout both), so this reads what the
     * descriptor points at; without /proc it falls back to {@code System.console()}.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    void show(String status) {
        if (visible) {
            err.print("\r" + status + " ".repeat(Math.max(0, width - status.length())));
            err.flush();
            width = status.length();
        }
    }

    /**
     * Shows {@code verb: done / total (rate/s)}, at most every 100 ms (and always the last count of a
     * known total): a redraw per record would cost more than the record. The rate counts from the
     * first record.
     */
    void count(String verb, long done, long total) {
        if (!visible) {
            return;
        }
        long now = System.nanoTime();
        if (!verb.equals(counting)) {
            // A new phase (matching, then storing) counts its own rate and shows its first line at once.
            counting = verb;
            countingSince = 0;
            lastDrawn = 0;
        }
        if (countingSince == 0 && done > 0) {
            countingSince = now; // from the first record on: the set-up before it is not part of the rate
        }
        boolean last = total >= 0 && done >= total;
        if (!last && lastDrawn != 0 && now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        show(countLine(verb, done, total, countingSince == 0 ? 0 : now - countingSince));
    }

    /**
     * The counting line, e.g. {@code importing: 42 000 / 100 000 (18 500/s)}, without the total while
     * it is not known (negative); no rate before 0.1 s has passed.
     */
    static String countLine(String verb, long done, long total, long elapsedNanos) {
        String line = verb + ": " + grouped(done) + (total < 0 ? "" : " / " + grouped(total));
        if (elapsedNanos < 100_000_000L) {
            return line;
        }
        return line + " (" + grouped(Math.round(done * 1e9 / elapsedNanos)) + "/s)";
    }

    /** Thousands set apart by spaces, whatever the locale: the line is read at a glance. */
    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
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
