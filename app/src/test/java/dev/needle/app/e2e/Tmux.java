package dev.needle.app.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * Drives a program in a detached tmux session on a private socket, the way a person at a terminal
 * would: keys in with send-keys, the screen read back with capture-pane. When the program ends the
 * pane prints {@code [exit N]} and stays open, so its exit code and the restored terminal can be read.
 */
final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A fresh socket per session: reusing one right after kill-server races the dying server. */
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private final Path socket;
    private final String session = "needle";

    private Tmux(Path socket) {
        this.socket = socket;
    }

    /** Starts {@code command} in a {@code width}x{@code height} window with exactly {@code env} set. */
    static Tmux start(Path workDir, Map<String, String> env, int width, int height, String command) throws IOException {
        Tmux tmux = new Tmux(workDir.resolve("tmux-" + SESSIONS.incrementAndGet() + ".sock"));
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", tmux.session, "-x", Integer.toString(width),
                "-y", Integer.toString(height)));
        StringBuilder line = new StringBuilder("env -i");
        env.forEach((k, v) -> line.append(' ').append(k).append('=').append(Shell.quote(v)));
        line.append(' ').append(command).append("; echo \"[exit $?]\"; sleep 600");
        args.add(line.toString());
        tmux.run(args);
        return tmux;
    }

    /** Sends keys by tmux name (Enter, Tab, Escape, C-s) or as single characters. */
    void sendKeys(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args);
    }

    /** Types text literally (no key-name interpretation). */
    void type(String text) throws IOException {
        run(List.of("send-keys", "-t", session, "-l", text));
    }

    void resize(int width, int height) throws IOException {
        run(List.of("resize-window", "-t", session, "-x", Integer.toString(width), "-y", Integer.toString(height)));
    }

    /** Appends every byte the program writes to the pane from now on to {@code file} (tmux pipe-pane). */
    void recordOutput(Path file) throws IOException {
        run(List.of("pipe-pane", "-o", "-t", session, "cat >> " + Shell.quote(file.toString())));
    }

    String screen() throws IOException {
        return run(List.of("capture-pane", "-p", "-t", session));
    }

    /**
     * What the program left the terminal in: {@code alternate_on} is 1 while a full-screen program
     * owns the alternate screen, {@code cursor_flag} is 0 while the cursor is hidden.
     */
    TerminalState terminalState() throws IOException {
        String[] flags = run(List.of("display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag}"))
                .strip().split(" ");
        return new TerminalState("1".equals(flags[0]), "1".equals(flags[1]));
    }

    /** The shell the pane runs; the program under test is its child. */
    ProcessHandle paneShell() throws IOException {
        long pid = Long.parseLong(run(List.of("display-message", "-p", "-t", session, "#{pane_pid}")).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("the pane's shell " + pid + " is gone"));
    }

    /** The pane's modes that a program must give back when it leaves. */
    record TerminalState(boolean alternateScreen, boolean cursorVisible) {
    }

    /**
     * Waits until the screen satisfies {@code condition} and has stopped changing; fails with the last
     * screen when it never does. A capture can land halfway through a redraw (the top lines new, the
     * rest old), so a match counts only when the next capture, a moment later, is the same.
     */
    String waitFor(String description, Predicate<String> condition) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            String seen = screen();
            if (condition.test(seen) && seen.equals(last)) {
                return seen;
            }
            last = seen;
            Thread.sleep(50);
        }
        throw new AssertionFailedError("Waited " + WAIT.toSeconds() + " s for " + description + "; the screen was:\n" + last);
    }

    String waitForText(String text) throws IOException, InterruptedException {
        return waitFor("\"" + text + "\"", screen -> screen.contains(text));
    }

    String waitForGone(String text) throws IOException, InterruptedException {
        return waitFor("\"" + text + "\" to go away", screen -> !screen.contains(text));
    }

    @Override
    public void close() throws IOException {
        try {
            run(List.of("kill-server"));
        } catch (IOException ignored) {
            // Already gone: the session ended with its program.
        }
    }

    private String run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("tmux " + args.get(0) + " failed: " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running tmux", e);
        }
    }
}
