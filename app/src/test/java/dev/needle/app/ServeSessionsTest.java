package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import dev.needle.app.serve.NeedleSshServer;
import dev.needle.app.serve.ServeSettings;
import dev.needle.domain.Teammate;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The SSH server in-process, with SSHD's own client: who gets in, and what a session without a pty gets. */
class ServeSessionsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private KeyPair friend;
    private KeyPair bob;
    private KeyPair unnamed;
    private OpenDatabase db;
    private NeedleSshServer server;
    private SshClient client;

    @BeforeEach
    void start() throws Exception {
        friend = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        bob = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        unnamed = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Path authorized = dir.resolve("authorized_keys");
        // Bob's key has ssh-keygen's kind of comment; the last one has none, and config.yaml maps only Bob's.
        Files.writeString(authorized, PublicKeyEntry.toString(friend.getPublic()) + " friend\n"
                + PublicKeyEntry.toString(bob.getPublic()) + " bob@laptop\n"
                + PublicKeyEntry.toString(unnamed.getPublic()) + "\n");
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        db = Databases.open(Optional.of(Databases.MEMORY), dir, Map.of());
        SystemClock clock = new SystemClock(Clock.systemDefaultZone());
        server = NeedleSshServer.start(new ServeSettings("127.0.0.1", 0, authorized, dir.resolve("host_key"),
                Duration.ofHours(8), Map.of(KeyUtils.getFingerPrint(friend.getPublic()), "Carla"), PersonName::problem),
                ServeCommand.personPorts(UseCases.Shared.over(db.stores()), db.stores(), clock, TriageSettings.defaults(),
                        Optional.empty()), MessageTemplates.defaults());
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.close();
        db.close();
    }

    private ClientSession connect() throws Exception {
        return connect("someone");
    }

    private ClientSession connect(String user) throws Exception {
        return client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getSession();
    }

    /** Logs in with {@code key} as {@code user} and waits for the full screen's first frame. */
    private void openScreen(String user, KeyPair key) throws Exception {
        try (ClientSession session = connect(user)) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(WAIT);
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setPtyType("xterm");
                shell.setOut(screen);
                shell.setErr(new ByteArrayOutputStream());
                shell.open().verify(WAIT);
                awaitText(shell, screen, "Setup 1/3");
            }
        }
    }

    @Test
    void theKeyDecidesWhoSomeoneIsNeverTheUserNameTypedAtSsh() throws Exception {
        openScreen("alice", bob);
        openScreen("bob", friend);

        // Bob's key is named by its comment (bob@laptop is Bob); the friend's by config.yaml, which wins.
        assertThat(db.stores().team().team().members()).extracting(Teammate::name).containsExactly("Bob", "Carla");
    }

    @Test
    void aListedKeyThatNamesNobodyIsRefused() throws Exception {
        try (ClientSession session = connect("alice")) {
            session.addPublicKeyIdentity(unnamed);
            assertThatThrownBy(() -> session.auth().verify(WAIT)).hasMessageContaining("No more authentication methods");
            assertThat(session.isAuthenticated()).isFalse();
        }
        assertThat(db.stores().team().team().isEmpty()).as("nobody joined").isTrue();
    }

    @Test
    void aListedKeyGetsInAndAShellWithoutAPtyIsRefusedWithAMessage() throws Exception {
        try (ClientSession session = connect()) {
            session.addPublicKeyIdentity(friend);
            session.auth().verify(WAIT);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setUsePty(false);
                shell.setOut(new ByteArrayOutputStream());
                shell.setErr(err);
                shell.open().verify(WAIT);
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
                assertThat(shell.getExitStatus()).isEqualTo(1);
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no terminal", "ssh -t");
        }
    }

    @Test
    void aPtyRequestWithNoTerminalModesGetsTheFullScreenUi() throws Exception {
        // What `ssh -tt` sends from a script (its input is no terminal, so it has no modes to copy) and
        // what Go's x/crypto/ssh clients send by default: a pty request with an empty mode list.
        try (ClientSession session = connect()) {
            session.addPublicKeyIdentity(friend);
            session.auth().verify(WAIT);
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setUsePty(true);
                shell.setPtyType("xterm");
                shell.setPtyColumns(80);
                shell.setPtyLines(24);
                shell.setPtyModes(Map.of());
                shell.setOut(screen);
                shell.setErr(err);
                shell.open().verify(WAIT);
                awaitText(shell, screen, "Setup 1/3");
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("no terminal");
        }
    }

    @Test
    void anUnlistedKeyAndAPasswordAreRefused() throws Exception {
        try (ClientSession session = connect()) {
            session.addPublicKeyIdentity(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256));
            session.addPasswordIdentity("a password that would be right anywhere");
            assertThatThrownBy(() -> session.auth().verify(WAIT)).hasMessageContaining("No more authentication methods");
            assertThat(session.isAuthenticated()).isFalse();
        }
    }

    @Test
    void aClientThatDisconnectsLeavesNoSessionBehind() throws Exception {
        WarningsRecorder warnings = WarningsRecorder.onRoot();
        try (ClientSession session = connect()) {
            session.addPublicKeyIdentity(friend);
            session.auth().verify(WAIT);
            ChannelShell shell = session.createShellChannel();
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            shell.setOut(screen);
            shell.setErr(new ByteArrayOutputStream());
            shell.open().verify(WAIT);
            awaitText(shell, screen, "Setup 1/3");
            assertThat(server.sessionCount()).isEqualTo(1);

            session.close(true); // the network went away: no quit key, no polite close
        }

        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        while (server.sessionCount() > 0 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(server.sessionCount()).as("the session's thread has ended").isZero();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("needle-ssh-session"));
        // A closed window or a dropped network is how sessions usually end: nothing for the log's reader to act on.
        assertThat(warnings.detach()).as("warnings logged").isEmpty();
    }

    /** What Needle logs at WARN or above while a test runs. */
    private static final class WarningsRecorder extends AppenderBase<ILoggingEvent> {
        private final List<String> warnings = new CopyOnWriteArrayList<>();
        private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

        static WarningsRecorder onRoot() {
            WarningsRecorder recorder = new WarningsRecorder();
            recorder.start();
            recorder.root.addAppender(recorder);
            return recorder;
        }

        @Override
        protected void append(ILoggingEvent event) {
            // Needle's own: the test's SSH client warns of the server key it accepts unverified.
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && event.getLoggerName().startsWith("dev.needle.")) {
                warnings.add(event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }

        List<String> detach() {
            root.detachAppender(this);
            super.stop();
            return List.copyOf(warnings);
        }
    }

    private static void awaitText(ChannelShell shell, ByteArrayOutputStream screen, String text) {
        while (!screen.toString(StandardCharsets.UTF_8).contains(text)) {
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofMillis(100));
            assertThat(shell.isOpen()).as("the session is still open").isTrue();
        }
    }

    @Test
    void stoppingTheServerEndsARunningSessionPolitely() throws Exception {
        try (ClientSession session = connect()) {
            session.addPublicKeyIdentity(friend);
            session.auth().verify(WAIT);
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setPtyType("xterm");
                shell.setPtyColumns(100);
                shell.setPtyLines(30);
                shell.setOut(screen);
                shell.setErr(new ByteArrayOutputStream());
                shell.open().verify(WAIT);
                awaitText(shell, screen, "Setup 1/3");
                assertThat(server.sessionCount()).isEqualTo(1);

                server.stopPolitely(WAIT);

                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
                assertThat(shell.getExitStatus()).isZero();
                assertThat(server.sessionCount()).isZero();
            }
            assertThat(screen.toString(StandardCharsets.UTF_8)).as("the client's normal screen is back")
                    .contains("\u001b[?1049l");
        }
    }
}
