package dev.needle.adapter.persistence.jdbi;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.h2.Driver;

/**
 * One plain connection to the data folder's H2 database, made on a second thread before
 * {@link JdbiPersistence#open} is called: H2 opens a database file once per process and hands later
 * connections the open one, so the costly part of an open (the file lock, the auto-server, reading the
 * schema) runs while the application does other work. It only opens what exists: never creates a
 * file, never migrates, and logs nothing (logging may not be set up yet). An upgrade that needs the
 * file to itself lets it go first ({@link #letGo}).
 */
public final class H2OpenAhead {
    private static final CompletableFuture<Optional<Connection>> NONE = CompletableFuture.completedFuture(Optional.empty());
    private static volatile CompletableFuture<Optional<Connection>> opening = NONE;
    private static volatile String url = "";
    /** H2's switch for its cache of values read ({@code SysProperties.OBJECT_CACHE}). */
    static final String VALUE_CACHE = "h2.objectCache";

    private H2OpenAhead() {
    }

    /**
     * Starts opening the database in {@code dataDir} (the URL {@link H2Urls#fileUrl} gives) on a daemon
     * thread, with the password {@code password} gives there; an empty one means not to open after all.
     * Any failure leaves nothing open: the later open tells it in the user's words.
     */
    public static void start(Path dataDir, String user, Supplier<Optional<String>> password) {
        startOn(H2Urls.fileUrl(dataDir), user, password);
    }

    /**
     * The same for a run that only reads: read-only when no process has the file open to write, as
     * {@link JdbiPersistence#openToRead} will open it then.
     */
    public static void startToRead(Path dataDir, String user, Supplier<Optional<String>> password) {
        // Before H2 reads its settings: a run that reads once has no use for H2's shared cache of values,
        // which hashes and compares every text it reads to find a copy it could share (docs/performance.md).
        if (System.getProperty(VALUE_CACHE) == null) {
            System.setProperty(VALUE_CACHE, "false");
        }
        startOn(ReadOnlyOpen.urlToTry(H2Urls.fileUrl(dataDir)), user, password);
    }

    /**
     * The URL an open under way, or held, was started with; empty when none was started or it was let go.
     * It does not wait: the caller sets up what needs no connection meanwhile.
     */
    static Optional<String> urlUnderWay() {
        return opening == NONE ? Optional.empty() : Optional.of(url);
    }

    private static void startOn(String fileUrl, String user, Supplier<Optional<String>> password) {
        CompletableFuture<Optional<Connection>> opened = new CompletableFuture<>();
        url = fileUrl; // before the open is seen under way, so its URL is never an older one
        opening = opened;
        Thread thread = new Thread(() -> {
            Optional<Connection> connection = Optional.empty();
            try {
                Optional<String> secret = password.get();
                if (secret.isPresent()) {
                    // IFEXISTS: a file that went away meanwhile gets no new, empty database from here. H2's driver
                    // itself, not DriverManager: that would first load every driver in the jar (~5 ms).
                    Properties login = new Properties();
                    login.setProperty("user", user);
                    login.setProperty("password", secret.get());
                    connection = Optional.ofNullable(new Driver().connect(fileUrl + ";IFEXISTS=TRUE", login));
                }
            } catch (SQLException | RuntimeException | Error failed) {
                connection = Optional.empty();
            } finally {
                opened.complete(connection);
            }
        }, "needle-open-database");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a connection opened ahead is held now, waiting for an open under way. */
    public static boolean isOpen() {
        return opening.join().isPresent();
    }

    /**
     * Waits for an open under way and closes its connection; the database stays open while other
     * connections of this process are. Safe to call any number of times.
     */
    public static void letGo() {
        CompletableFuture<Optional<Connection>> held = opening;
        opening = NONE;
        held.join().ifPresent(connection -> {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // A connection that cannot close has nothing left to release.
            }
        });
    }
}
