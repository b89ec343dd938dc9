package dev.needle.app.serve;

import dev.needle.adapter.tui.RemoteTui;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.domain.English;
import dev.needle.domain.triage.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's shell: the full-screen UI on the channel's streams, run on its own thread because
 * SSHD wants {@link #start} to return at once. The session ends when the user quits, the client goes
 * away (its input ends, or SSHD destroys the channel) or the server stops.
 */
final class TuiShell implements Command {
    static final String NO_PTY = "needle serve: no terminal: the full-screen UI needs one; connect with `ssh -t`\n";
    static final String NOT_STARTED = "needle serve: your session could not start; the server's log says why\n";
    private static final Logger LOG = LoggerFactory.getLogger(TuiShell.class);
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final NeedleSshServer.PersonPorts people;
    private final MessageTemplates templates;
    private final LiveSessions sessions;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private volatile RemoteTui tui;
    private volatile KeyClock keys;
    /** Why the session was ended for the client to read after its screen is back; null when its user ended it. */
    private volatile String endedBecause;

    TuiShell(NeedleSshServer.PersonPorts people, MessageTemplates templates, LiveSessions sessions) {
        this.people = people;
        this.templates = templates;
        this.sessions = sessions;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        // The key decided who this is when it logged in; the user name typed at ssh says nothing.
        KeyPerson person = channel.getSession().getAttribute(KeyPerson.ATTRIBUTE);
        String who = person == null ? "nobody" : person.name() + " (key " + person.fingerprint() + ", ssh user "
                + channel.getSession().getUsername() + ")";
        // Without a pty request there is no window to draw in, and keys would arrive line by line.
        if (!(channel instanceof TerminalAwareChannel terminal && terminal.terminalRequested())) {
            LOG.info("Refused a session without a terminal for {}", who);
            err.write(NO_PTY.getBytes(StandardCharsets.UTF_8));
            err.flush();
            exit.onExit(1, "no terminal");
            return;
        }
        TuiUseCases useCases;
        try {
            if (person == null) {
                throw new IllegalStateException("no person was decided at login");
            }
            useCases = people.forPerson(person.name());
        } catch (RuntimeException failure) {
            LOG.warn("Could not start a session for {}", who, failure);
            err.write(NOT_STARTED.getBytes(StandardCharsets.UTF_8));
            err.flush();
            exit.onExit(1, "not started");
            return;
        }
        Map<String, String> clientEnv = Map.copyOf(env.getEnv());
        ClientOutput screen = new ClientOutput(out, channel);
        keys = new KeyClock(in);
        RemoteTui session = new RemoteTui(useCases, templates, clientEnv, keys, screen,
                number(clientEnv, Environment.ENV_COLUMNS), number(clientEnv, Environment.ENV_LINES));
        tui = session;
        env.addSignalListener((ch, signal) -> session.resized(number(env.getEnv(), Environment.ENV_COLUMNS),
                number(env.getEnv(), Environment.ENV_LINES)), Signal.WINCH);
        sessions.add(this);
        Thread thread = new Thread(() -> run(session, screen, who), "needle-ssh-session-" + NUMBER.incrementAndGet());
        thread.start();
    }

    private void run(RemoteTui session, ClientOutput screen, String user) {
        LOG.info("Session started for {}", user);
        int status = 0;
        try {
            session.run();
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Session for {} ended with an error", user, failure);
            status = 1;
        } finally {
            LOG.info(screen.clientGone() ? "Session ended for {}: the client went away" : "Session ended for {}", user);
            String because = endedBecause;
            if (because != null && !screen.clientGone()) {
                tell(because);
            }
            // Exit status first: once the session leaves the list, a stopping server may close the
            // connection, and the client must already have its status and its restored screen.
            exit.onExit(status);
            sessions.remove(this);
        }
    }

    /**
     * Ends the session politely when nobody typed in it for {@code limit}: the client gets its screen
     * back and a line saying why. True when it was ended.
     */
    boolean endIfIdle(Duration limit) {
        KeyClock clock = keys;
        if (clock == null || endedBecause != null || !clock.quietFor(limit)) {
            return false;
        }
        endedBecause = "needle serve: session ended after " + said(limit) + " without a key\n";
        quit();
        return true;
    }

    private void tell(String line) {
        try {
            err.write(line.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException gone) {
            LOG.debug("Could not tell the client why its session ended", gone);
        }
    }

    /** "8 hours", "30 minutes", "3 seconds": the timeout as the person set it. */
    private static String said(Duration limit) {
        long seconds = limit.toSeconds();
        return seconds % 3600 == 0 ? English.count(seconds / 3600, "hour")
                : seconds % 60 == 0 ? English.count(seconds / 60, "minute") : English.count(seconds, "second");
    }

    /** Ends the UI politely (the client's screen is restored); safe to call more than once. */
    void quit() {
        RemoteTui session = tui;
        if (session != null) {
            session.quit();
        }
    }

    /** SSHD is closing the channel (client gone, idle timeout, server stopping): let the UI thread end. */
    @Override
    public void destroy(ChannelSession channel) {
        quit();
    }

    /** A pty size from the environment; 0 (unknown) when missing or garbled, which the terminal treats as 80x24. */
    private static int number(Map<String, String> env, String name) {
        try {
            return Integer.parseInt(env.getOrDefault(name, "0").trim());
        } catch (NumberFormatException garbled) {
            return 0;
        }
    }
}
