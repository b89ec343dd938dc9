package dev.needle.app.serve;

import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.domain.triage.MessageTemplates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH server behind {@code needle serve}: public-key login only, a shell and nothing else (no
 * commands, no subsystems, no forwarding), each shell a full-screen session of the person its key
 * names, over one database, so every client sees the others' changes.
 */
public final class NeedleSshServer implements AutoCloseable {
    /** How long stopping waits for clients to disconnect once their sessions have ended. */
    private static final Duration CLIENTS_LEAVING = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(NeedleSshServer.class);
    private final SshServer server;
    private final LiveSessions sessions;
    private final IdleSessions idle;

    private NeedleSshServer(SshServer server, LiveSessions sessions, IdleSessions idle) {
        this.server = server;
        this.sessions = sessions;
        this.idle = idle;
    }

    /** The UI's ports for one person's session; joins them to the team if they are new. */
    @FunctionalInterface
    public interface PersonPorts {
        TuiUseCases forPerson(String name);
    }

    /** Starts listening; returns once the port is bound. Each session acts as the person its key names. */
    public static NeedleSshServer start(ServeSettings settings, PersonPorts people, MessageTemplates templates)
            throws IOException {
        LiveSessions sessions = new LiveSessions();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(settings.bind());
        server.setPort(settings.port());
        server.setKeyPairProvider(hostKey(settings.hostKey()));
        server.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory()));
        server.setPublickeyAuthenticator(new LoggingKeyAuthenticator(settings.authorizedKeys(),
                new KeyNames(settings.authorizedKeys(), settings.keyNames(), settings.nameProblem())));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        // Sessions only: no direct-tcpip channels (forwarding is refused anyway).
        server.setChannelFactories(List.of(new TerminalAwareChannel.Factory()));
        server.setShellFactory(channel -> new TuiShell(people, templates, sessions));
        // Needle ends an idle session itself (IdleSessions), giving the client its screen back first;
        // the SSH server's own timeout, which just cuts the connection, only backs it up.
        CoreModuleProperties.IDLE_TIMEOUT.set(server, settings.idleTimeout().plus(IdleSessions.BACKUP_AFTER));
        server.start();
        NeedleSshServer started = new NeedleSshServer(server, sessions,
                IdleSessions.watch(sessions, settings.idleTimeout()));
        LOG.info("Serving on {}:{}; keys from {}", settings.bind(), started.port(), settings.authorizedKeys());
        return started;
    }

    /**
     * The server's own key, made on first start and kept so clients recognise the server next time; the
     * file is the server's identity, so only its owner may read it.
     */
    private static SimpleGeneratorHostKeyProvider hostKey(Path file) throws IOException {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
        provider.setKeySize(256);
        provider.loadKeys(null);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return provider;
    }

    /** The port actually bound (the one asked for, or the free one picked for port 0). */
    public int port() {
        for (SocketAddress address : server.getBoundAddresses()) {
            if (address instanceof InetSocketAddress inet) {
                return inet.getPort();
            }
        }
        return server.getPort();
    }

    /** How many sessions are open right now. */
    public int sessionCount() {
        return sessions.count();
    }

    /**
     * Ends every session as if its user had quit (their screens restored, nothing half-written), waits
     * up to {@code grace} for them, then stops listening and closes what is left.
     */
    public void stopPolitely(Duration grace) throws IOException, InterruptedException {
        idle.close();
        boolean allEnded = sessions.quitAll(grace);
        if (!allEnded) {
            LOG.warn("{} session(s) did not end within {}; closing them", sessions.count(), grace);
        } else if (!clientsGone(CLIENTS_LEAVING)) {
            LOG.warn("{} client(s) still connected {} after their sessions ended; closing them",
                    server.getActiveSessions().size(), CLIENTS_LEAVING);
        }
        server.stop(!allEnded);
    }

    /**
     * A session that has ended has sent its exit status and closed its channel, but those messages
     * may still be on their way: stopping the server at once can cut the connection first, and the
     * client then reports "closed by remote host" and exits 255 instead of with the status. A client
     * that has read them disconnects by itself within milliseconds, so wait for that, briefly.
     */
    private boolean clientsGone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!server.getActiveSessions().isEmpty()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        idle.close();
        server.stop(true);
    }
}
