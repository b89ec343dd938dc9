package dev.needle.app;

import dev.needle.app.serve.NeedleSshServer;
import dev.needle.app.serve.ServeSettings;
import dev.needle.app.serve.StrictModes;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.needle.adapter.interchange.drafts.DraftFiles;
import dev.needle.application.port.in.KeepDraftsUseCase;
import dev.needle.application.service.KeepDraftsService;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.application.port.out.ClockPort;
import dev.needle.domain.Teammate;
import dev.needle.domain.triage.TriageSettings;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code needle serve}: the full-screen UI for SSH clients, many at once, over this process's one
 * database. Runs until the process is told to stop (SIGTERM, Ctrl-C), then ends every session as if
 * its user had quit, and closes the database before exiting.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, footer = {"  needle serve --port 2222 --bind 0.0.0.0"},
        description = {
        "Serve the full-screen UI over SSH: each client that logs in with a listed key gets its own session "
                + "on this database; sessions see each other's changes. Stop with SIGTERM or Ctrl-C.",
        "Only public-key login; the server's own key is kept in the data folder (ssh_host_key).",
        "Each key is a person on the team: the comment ending its line in authorized_keys names them (bob@laptop "
                + "is Bob), or config.yaml maps its fingerprint (team: keys: {\"SHA256:...\": Bob}), which wins; "
                + "a key naming nobody is refused. The user name typed at ssh plays no part."})
final class ServeCommand extends Subcommand {
    static final String HOST_KEY_FILE = "ssh_host_key";
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** How long stopping waits for sessions to finish their current key before closing them. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 2222;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--authorized-keys", paramLabel = "FILE",
            description = "OpenSSH authorized_keys file of the keys let in (default: ~/.ssh/authorized_keys).")
    Path authorizedKeys;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = DurationOption.class, defaultValue = "8h",
            description = "End a session nobody typed in for this long: 8h, 30m, 2d... (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout = Duration.ofHours(8);

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            return fail(NeedleCommand.USAGE, "--port must be between 0 and 65535");
        }
        Path home = Places.home(root().environment());
        Path keys = authorizedKeys != null ? authorizedKeys : home.resolve(".ssh").resolve("authorized_keys");
        if (!Files.isRegularFile(keys) || !Files.isReadable(keys)) {
            return fail(NeedleCommand.USAGE, "no authorized keys file at " + keys
                    + "; list the public keys to let in there, or name the file with --authorized-keys");
        }
        Optional<String> unsafe = StrictModes.problem(keys, home);
        if (unsafe.isPresent()) {
            return fail(NeedleCommand.USAGE, unsafe.get());
        }
        UseCases useCases = root().useCases(); // one database, one search index, shared by every session; compacted when the server stops
        // Read before the server listens, so a wrong sync: section stops the start, not a later run.
        SyncOnInterval sync = SyncOnInterval.startIfConfigured(root());
        Path dataDir = PrivateFolder.create(ChosenDatabase.dataDir(root(), root().environment())).dir();
        ServeSettings settings = new ServeSettings(bind, port, keys, dataDir.resolve(HOST_KEY_FILE), idleTimeout,
                MeConfig.keyNames(root().configPath()), PersonName::problem);
        NeedleSshServer server;
        try {
            server = NeedleSshServer.start(settings, personPorts(), root().triage().templates());
        } catch (BindException cannotListen) {
            LOG.info("Cannot listen on {}:{}", bind, port, cannotListen);
            sync.close();
            return fail(NeedleCommand.MACHINE, "cannot listen on " + bind + ":" + port + ": " + why(cannotListen));
        }

        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            stopRequested.countDown();
            // The JVM halts when the hooks return: hold it until the sessions and the database are closed.
            awaitQuietly(stopped, GRACE.multipliedBy(3));
        }, "needle-serve-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        out().println(Printable.clean("needle serve: listening on " + bind + ":" + server.port()
                + " (keys from " + keys + ")"));
        out().flush();
        // Sessions come and go but the index stays: read it now, so no session's Today or search waits for it.
        useCases.warmUpSearch().run();

        stopRequested.await();
        LOG.info("Stopping: ending {} session(s)", server.sessionCount());
        try {
            server.stopPolitely(GRACE);
            sync.close();
            root().close();
        } finally {
            stopped.countDown();
        }
        LOG.info("Stopped; database closed");
        return NeedleCommand.DONE;
    }

    /** The system's reason in the user's words: the usual two are a port taken and an address this machine lacks. */
    private static String why(BindException cannotListen) {
        String reason = String.valueOf(cannotListen.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("in use")) {
            return "another program listens there (another needle serve?); stop it, or choose another port with --port";
        }
        if (reason.contains("assign")) {
            return "this machine has no such address; choose one of its own with --bind";
        }
        if (reason.contains("permission")) {
            return "ports below 1024 need root; choose a higher one with --port";
        }
        return reason;
    }

    /**
     * Each session's own use cases, acting as its key's person (joined to the team on their first login),
     * over the one search index and database every session shares.
     */
    private NeedleSshServer.PersonPorts personPorts() {
        return personPorts(root().shared(), root().stores(), new SystemClock(Clock.system(root().zone())), root().triage(),
                root().budgetConfigFile(), root().draftsFolder());
    }

    static NeedleSshServer.PersonPorts personPorts(UseCases.Shared shared, StorePorts stores, ClockPort clock,
                                                   TriageSettings triage, Optional<Path> budgetConfigFile) {
        return personPorts(shared, stores, clock, triage, budgetConfigFile, Optional.empty());
    }

    /**
     * As above, each person's unsaved typing kept in {@code drafts} under their own teammate id, so a
     * dropped connection loses nothing and nobody reopens another's draft.
     */
    static NeedleSshServer.PersonPorts personPorts(UseCases.Shared shared, StorePorts stores, ClockPort clock,
                                                   TriageSettings triage, Optional<Path> budgetConfigFile, Path drafts) {
        return personPorts(shared, stores, clock, triage, budgetConfigFile, Optional.of(drafts));
    }

    private static NeedleSshServer.PersonPorts personPorts(UseCases.Shared shared, StorePorts stores, ClockPort clock,
                                                           TriageSettings triage, Optional<Path> budgetConfigFile,
                                                           Optional<Path> drafts) {
        return name -> {
            Teammate person = new LocalPerson(stores.team(), stores.ids(), clock, Optional.of(name), name).person();
            UseCases mine = UseCases.wire(shared, stores, clock, triage, MeetingDefaults.standard(), () -> person);
            KeepDraftsUseCase kept = drafts.<KeepDraftsUseCase>map(folder -> new KeepDraftsService(new DraftFiles(folder),
                    () -> person, clock)).orElse(KeepDraftsUseCase.NONE);
            return TerminalUi.forTui(mine, budgetConfigFile).withDrafts(kept);
        };
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
