package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.StorageFailedException;
import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.ChangeCounter;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens an H2 or PostgreSQL database for Needle: a pooled connection source, the schema brought up to
 * date (Flyway loaded only when it is behind), and every store on one shared transaction scope.
 * Before a migration changes an existing H2 database it is backed up beside the file. Close it to
 * release the pool and, for H2, the database file.
 *
 * <p>Every store reports a failure of the machine (a full disk, a database that closed itself, an
 * unreachable server) as a {@link StorageFailedException} in the user's words, and the next call
 * after one gets a new pool, so a database H2 closed is opened again once the cause is gone.
 */
public final class JdbiPersistence implements AutoCloseable {
    /** H2's error for a file that does not decrypt with the password given. */
    private static final int H2_ENCRYPTION_ERROR = 90049;

    private final RenewablePool pool;
    private final Jdbi jdbi;
    private final boolean h2;
    private final ScriptFormat scripts;
    private final HandleScope scope;
    private final StorageFailures failures;
    /** The new database this one fills aside, to put in place at the end; null for the live one. */
    private final AsideNewDatabase aside;

    private JdbiPersistence(RenewablePool pool, boolean h2, ScriptFormat scripts, StorageFailures failures) {
        this(pool, h2, scripts, failures, null);
    }

    private JdbiPersistence(RenewablePool pool, boolean h2, ScriptFormat scripts, StorageFailures failures,
                            AsideNewDatabase aside) {
        this.pool = pool;
        this.jdbi = ColonParameters.on(Jdbi.create(pool));
        this.h2 = h2;
        this.scripts = scripts;
        this.failures = failures;
        this.aside = aside;
        this.scope = new HandleScope(jdbi, h2, aside != null, this::failed);
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), migrating it
     * if needed. A PostgreSQL URL's own {@code user}/{@code password} parameters win over the arguments.
     *
     * @throws WrongPassphraseException when an encrypted H2 file does not decrypt
     * @throws StorageFailedException when the disk is full or the files may not be written
     * @throws DatabaseUnavailableException when the database cannot be reached or used; its message
     *     never contains the password or the URL
     */
    public static JdbiPersistence open(String jdbcUrl, String user, String password) {
        // A lambda, so not even the runner class is loaded on an up-to-date start.
        return open(jdbcUrl, user, password,
                SchemaSnapshot.before(dataSource -> new FlywayMigrationRunner().migrate(dataSource)));
    }

    /**
     * Opens the database at {@code jdbcUrl} for a run that only reads and ends in moments: an H2 file
     * read-only when that changes nothing ({@link ReadOnlyOpen}), anything else as {@link #open} does.
     * Nothing written through it is kept: it is for runs that write nothing.
     */
    public static JdbiPersistence openToRead(String jdbcUrl, String user, String password) {
        return openToRead(jdbcUrl, user, password, true);
    }

    /**
     * {@link #openToRead(String, String, String)} for a run that may search ({@code searches}) or reads no
     * search text at all: kept texts a search would fold again and keep (folded by another JDK, say) then
     * need no write, so they do not keep the file from being opened read-only.
     */
    public static JdbiPersistence openToRead(String jdbcUrl, String user, String password, boolean searches) {
        if (H2Urls.isFilePath(jdbcUrl)) {
            String readOnly = H2Urls.readOnly(jdbcUrl);
            // The open ahead's choice, when it opens this same file (it opens none that is encrypted).
            String toTry = H2OpenAhead.urlUnderWay().filter(url -> url.equals(readOnly) || url.equals(jdbcUrl))
                    .orElseGet(() -> ReadOnlyOpen.urlToTry(jdbcUrl));
            Login login = Login.of(readOnly, user, password);
            if (toTry.equals(readOnly)) {
                JdbcConnectionPool pool = PooledDataSources.forLogin(login);
                // Set up before the first connection, which waits for the database opened ahead: JDBI's set-up
                // (~15 ms) then runs meanwhile instead of after it.
                JdbiPersistence reading = new JdbiPersistence(new RenewablePool(login, pool), true, ScriptFormat.of(login),
                        StorageFailures.of(login));
                if (ReadOnlyOpen.attempt(login, pool, SchemaVersion.CURRENT, searches)) {
                    return reading;
                }
            }
        }
        return open(jdbcUrl, user, password);
    }

    /**
     * Opens a new H2 database for one large write that must land whole, an import into a new data folder:
     * it is built in a folder beside the file {@code jdbcUrl} names and appears there only through
     * {@link #putInPlace()}; closed without that, nothing of it is kept. A large unit of work on it
     * ({@code Transactions.inLargeTransaction}) commits in steps, which is cheaper. Empty when
     * {@code jdbcUrl} names no H2 file or the file exists already: open that one as usual.
     *
     * @throws StorageFailedException when the disk is full or the folder may not be written
     * @throws DatabaseUnavailableException when the new database cannot be made
     */
    public static Optional<JdbiPersistence> openNewAside(String jdbcUrl, String user, String password) {
        return openNewAside(jdbcUrl, user, password,
                SchemaSnapshot.before(dataSource -> new FlywayMigrationRunner().migrate(dataSource)));
    }

    static Optional<JdbiPersistence> openNewAside(String jdbcUrl, String user, String password, MigrationRunner migrations) {
        Login live = Login.of(jdbcUrl, user, password);
        if (!live.isH2() || !H2Urls.isFilePath(jdbcUrl) || Files.exists(H2Urls.databaseFileOf(jdbcUrl).toAbsolutePath())) {
            return Optional.empty();
        }
        StorageFailures failures = StorageFailures.of(live);
        AsideNewDatabase aside;
        try {
            aside = AsideNewDatabase.start(live);
        } catch (RuntimeException e) {
            failures.tellAtOpen(e).ifPresent(told -> {
                throw told;
            });
            throw new DatabaseUnavailableException("cannot create the database: " + live.scrub(messages(e), jdbcUrl),
                    e.getStackTrace());
        }
        Login login = aside.login();
        JdbcConnectionPool pool = null;
        try {
            pool = PooledDataSources.forLogin(login);
            migrations.migrate(pool);
            return Optional.of(new JdbiPersistence(new RenewablePool(login, pool), true, ScriptFormat.of(live), failures,
                    aside));
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            aside.close();
            failures.tellAtOpen(e).ifPresent(told -> {
                throw told;
            });
            throw new DatabaseUnavailableException("cannot create the database: " + live.scrub(messages(e), jdbcUrl),
                    e.getStackTrace());
        }
    }

    static JdbiPersistence open(String jdbcUrl, String user, String password, MigrationRunner migrations) {
        Login login = Login.of(jdbcUrl, user, password);
        if (H2OpenAhead.urlUnderWay().filter(H2Urls::isReadOnly).isPresent()) {
            H2OpenAhead.letGo(); // a database opened read-only ahead is no start for one that may write
        }
        if (login.isH2()) {
            try {
                NewH2Database.createIfMissing(login, migrations);
            } catch (RuntimeException e) {
                throw new DatabaseUnavailableException("cannot create the database: " + login.scrub(messages(e), jdbcUrl),
                        e.getStackTrace());
            }
        }
        JdbcConnectionPool pool = PooledDataSources.forLogin(login);
        StorageFailures failures = StorageFailures.of(login);
        try {
            // Set up before the first connection, which may wait for the database opened ahead (H2OpenAhead).
            Jdbi jdbi = ColonParameters.on(Jdbi.create(pool));
            checkConnection(pool, login, failures);
            if (!SchemaVersion.isAt(pool, migrations.targetVersion())) {
                if (login.isH2() && StagedH2Upgrade.applies(login) && SchemaVersion.hasTables(pool)) {
                    pool.dispose(); // the upgrade needs the file to itself
                    H2OpenAhead.letGo(); // so the connection opened ahead goes too
                    StagedH2Upgrade.upgrade(login, migrations);
                    pool = PooledDataSources.forLogin(login);
                } else {
                    PreMigrationBackup.beforeMigratingTo(jdbi, login.isH2(), ScriptFormat.of(login), migrations.targetVersion());
                    migrations.migrate(pool);
                }
            }
            return new JdbiPersistence(new RenewablePool(login, pool), login.isH2(), ScriptFormat.of(login), failures);
        } catch (WrongPassphraseException | StorageFailedException e) {
            pool.dispose();
            throw e;
        } catch (RuntimeException e) {
            pool.dispose();
            failures.tellAtOpen(e).ifPresent(told -> {
                throw told;
            });
            throw new DatabaseUnavailableException("cannot open the database: " + login.scrub(messages(e), jdbcUrl),
                    e.getStackTrace());
        }
    }

    /** Connects once up front, so a wrong passphrase or password is told apart from a schema problem. */
    private static void checkConnection(JdbcConnectionPool pool, Login login, StorageFailures failures) {
        try (Connection connection = InUseRetry.connect(pool, login)) {
            connection.isValid(0);
        } catch (SQLException e) {
            if (login.isH2() && e.getErrorCode() == H2_ENCRYPTION_ERROR) {
                throw new WrongPassphraseException(H2Urls.databaseFileOf(login.url()));
            }
            failures.tellAtOpen(e).ifPresent(told -> {
                throw told;
            });
            throw new DatabaseUnavailableException("cannot open the database: " + login.scrub(e.getMessage(), login.url()),
                    e.getStackTrace());
        }
    }

    /** The messages of an exception and its causes, for one line that still says what went wrong. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    /** True for an H2 database, which Needle can back up itself; PostgreSQL is backed up with pg_dump. */
    public boolean isH2() {
        return h2;
    }

    /**
     * Writes the whole H2 database as an SQL script to a new file (0600): zipped, or for an encrypted
     * database compressed and encrypted with the same passphrase.
     *
     * @throws UnsupportedOperationException on PostgreSQL, whose backups are made with pg_dump
     */
    public void backupTo(Path file) {
        if (!h2) {
            throw new UnsupportedOperationException("a PostgreSQL database is backed up with pg_dump");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        try {
            jdbi.useHandle(handle -> H2Scripts.scriptTo(handle, file, scripts));
        } catch (RuntimeException e) {
            throw failures.translate(e, folder == null ? file : folder);
        }
    }

    /**
     * A new file in the {@code backups} folder beside the H2 database file, named with {@code prefix} and
     * the time, ending {@code .zip} (or {@code .aes} when encrypted); empty for a database with no file (in memory) or on PostgreSQL.
     */
    public Optional<Path> newBackupFile(String prefix) {
        if (!h2) {
            return Optional.empty();
        }
        return translated(() -> jdbi.withHandle(H2Scripts::databaseFolder))
                .map(folder -> H2Scripts.newBackupFile(folder, prefix, scripts.suffix()));
    }

    public ContactStore contacts() {
        return new JdbiContactStore(scope);
    }

    public NeedStore needs() {
        return new JdbiNeedStore(scope);
    }

    public DirectionStore directions() {
        return new JdbiDirectionStore(scope);
    }

    public EventStore events() {
        return new JdbiEventStore(scope);
    }

    public InteractionStore interactions() {
        return new JdbiInteractionStore(scope);
    }

    public MeetingRequestStore meetingRequests() {
        return new JdbiMeetingRequestStore(scope);
    }

    public BudgetStore budget() {
        return new JdbiBudgetStore(scope);
    }

    public KeepInTouchStore keepInTouch() {
        return new JdbiKeepInTouchStore(scope);
    }

    public SentReminders sentReminders() {
        return new JdbiSentReminders(scope);
    }

    /** The source keys logging from mail and calendars has used. */
    public LoggedSources loggedSources() {
        return new JdbiLoggedSources(scope);
    }

    /** Each teammate's private notes on contacts. */
    public PrivateNoteStore privateNotes() {
        return new JdbiPrivateNoteStore(scope);
    }

    /** The people sharing this database. */
    public TeamStore team() {
        return new JdbiTeamStore(scope);
    }

    /** Who added, changed and decided each record. */
    public RecordMarks marks() {
        return new JdbiRecordMarks(scope);
    }

    /** Who owns each contact, does its follow-up, goes to each meeting. */
    public AssignmentStore assignments() {
        return new JdbiAssignmentStore(scope);
    }

    /** What each teammate set for themselves: offers and weekly hours. */
    public PersonalLimitsStore personalLimits() {
        return new JdbiPersonalLimitsStore(scope);
    }

    /** The state of two-way syncs with vdir folders. */
    public SyncStateStore syncStates() {
        return new JdbiSyncStateStore(scope);
    }

    /** The store-wide change counter every committed write moves forward, whichever session wrote. */
    public ChangeCounter changes() {
        return new JdbiChangeCounter(scope);
    }

    public Transactions transactions() {
        return new JdbiTransactions(scope);
    }

    public IdSource ids() {
        return new JdbiIdSource(scope, isH2());
    }

    private <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /** A failure of the machine under a call: told in the user's words, and the pool renewed before the next. */
    private RuntimeException failed(RuntimeException failure) {
        RuntimeException told = failures.translate(failure);
        if (told instanceof StorageFailedException) {
            pool.renewOnNextUse();
        }
        return told;
    }

    /**
     * Closes a database opened by {@link #openNewAside} and puts it where the database lives, all of it at
     * once. False when another process created a database there meanwhile: that one is left as it is
     * and nothing of this one is kept. True at once for any other database, which is in place already.
     *
     * @throws StorageFailedException when the file cannot be put in place (nothing of it is kept then)
     */
    public boolean putInPlace() {
        if (aside == null) {
            return true;
        }
        try {
            // Written and synced here, where a full disk is told: the close that follows would only log it,
            // and a file it left half-written must never be put in place.
            jdbi.useHandle(handle -> handle.execute("CHECKPOINT SYNC"));
            pool.dispose(); // the last connection closing closes the file
            return aside.putInPlace();
        } catch (RuntimeException e) {
            throw failures.translate(e, FolderOf.file(aside.live()));
        } finally {
            pool.dispose();
            aside.close();
        }
    }

    @Override
    public void close() {
        pool.dispose();
        if (aside != null) {
            aside.close();
        }
    }
}
