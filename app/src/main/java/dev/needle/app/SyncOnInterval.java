package dev.needle.app;

import dev.needle.adapter.tui.Notices;
import dev.needle.application.StorageFailedException;
import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.in.SyncVdirUseCase.Change;
import dev.needle.application.port.in.SyncVdirUseCase.SyncReport;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the vdir sync of the config file's {@code sync:} section on its interval, on a thread of its
 * own (never the drawing thread), from the start of a full-screen session or of {@code needle serve}
 * to its end. A run that fails or stops shows one line on the open screens and goes to the log with
 * its details; open screens follow the contacts a run changed as they follow any other session.
 */
final class SyncOnInterval implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncOnInterval.class);

    private final ScheduledExecutorService runner;

    private SyncOnInterval(ScheduledExecutorService runner) {
        this.runner = runner;
    }

    /** Nothing runs. */
    static SyncOnInterval none() {
        return new SyncOnInterval(null);
    }

    /** Starts when the config file has a {@code sync:} section; otherwise does nothing. */
    static SyncOnInterval startIfConfigured(NeedleCommand root) {
        Optional<SyncConfig> config = SyncConfig.read(root.configFile().orElse(root.places().configFile()),
                Places.home(root.environment()));
        if (config.isEmpty()) {
            return none();
        }
        // What a run adds is marked and owned like an import's: as the person of this session, or of the
        // server's own account under `needle serve`. A server that cannot tell who that is says so before
        // it listens, rather than failing every run; joining, when it comes to that, waits for a write.
        LocalPerson person = root.person();
        person.undecided().ifPresent(team -> {
            throw new NeedleFailure(NeedleCommand.USAGE, "sync: this database is shared by " + LocalPerson.names(team)
                    + ", and Needle does not know which of them the sync acts for: " + LocalPerson.HOW_TO_CHOOSE);
        });
        SyncVdirUseCase sync = VdirSyncWiring.over(root.stores(), new SystemClock(Clock.system(root.zone())), person);
        ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "needle-vdir-sync");
            thread.setDaemon(true);
            return thread;
        });
        SyncConfig settings = config.get();
        LOG.info("Syncing with {} every {}", settings.vdir(), settings.every());
        runner.scheduleWithFixedDelay(() -> runOnce(sync, settings), 0, settings.every().toMillis(),
                TimeUnit.MILLISECONDS);
        return new SyncOnInterval(runner);
    }

    private static void runOnce(SyncVdirUseCase sync, SyncConfig settings) {
        try {
            SyncReport report = sync.sync(settings.vdir().toString(), false, false);
            if (report.isStopped()) {
                LOG.warn("Sync with {} stopped: {}; nothing changed. `needle sync vdir --dry-run` lists the changes,"
                        + " --force makes them", settings.vdir(), report.stopped());
                // Short enough for an 80-column screen; the log says what to do.
                Notices.post("Sync stopped: " + report.stopped().replaceFirst("^this would", "it would") + ".");
                return;
            }
            boolean quiet = report.needle().isEmpty() && report.addressBook().isEmpty() && report.skipped().isEmpty();
            // A quiet run every few minutes would fill the log with nothing; changes are worth a line.
            if (quiet) {
                LOG.debug("Synced with {}: nothing changed", settings.vdir());
                return;
            }
            // Nobody reads the report of a sync in the background: a contact kept against its card's deletion is told.
            report.needle().stream().filter(change -> change.kind() == Change.Kind.KEPT).forEach(change -> Notices.post(
                    "Kept " + change.name() + " in Needle: their card was deleted, their history stays."));
            LOG.info("Synced with {}: Needle {} changes, address book {} changes, {} conflicts, {} cards left alone",
                    settings.vdir(), report.needle().size(), report.addressBook().size(), report.conflicts().size(),
                    report.skipped().size());
        } catch (RuntimeException failed) {
            // Kept running: the next interval tries again (the folder may be back, the disk freed).
            LOG.error("Sync with {} failed", settings.vdir(), failed);
            boolean told = failed instanceof StorageFailedException || failed instanceof IllegalArgumentException;
            Notices.post("Sync failed: " + (told && failed.getMessage() != null
                    ? failed.getMessage() : "an unexpected failure; the log file has the details"));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (runner != null) {
            runner.shutdown();
            // A run under way finishes its transaction; waiting lets the database close after it.
            if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
                runner.shutdownNow();
            }
        }
    }
}
