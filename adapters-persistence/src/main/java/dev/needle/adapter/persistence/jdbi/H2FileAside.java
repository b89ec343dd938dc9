package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Builds an embedded database file in a folder of its own beside the one a URL names, then puts it in
 * that place in one step. H2 commits each schema statement on its own, so a schema built in the live
 * file and killed halfway stays half-built; built aside, a kill leaves the live file as it was.
 *
 * <p>A folder a killed run left behind is removed by the next one that builds aside in the same place:
 * a new database's or an import's once no process holds its file open (H2 locks the file while it has
 * it open, and the lock goes with the process), any other once it is an hour old (an upgrade copies the
 * live file in before H2 opens and locks it).
 */
final class H2FileAside implements AutoCloseable {
    /** The prefixes of the folders built aside here: a new empty database, an import into a new folder. */
    static final String NEW_DATABASE = "new-database-";
    static final String IMPORT = "import-";
    static final String UPGRADE = "upgrade-";
    /** The folders whose file H2 creates itself, so it is locked from its first byte. */
    private static final List<String> CREATED_BY_H2 = List.of(NEW_DATABASE, IMPORT);
    private static final List<String> PREFIXES = List.of(NEW_DATABASE, IMPORT, UPGRADE);
    /** A folder this old without a file is from a run that was killed; one under way gets its file in moments. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    /** The folders this process is building in, never taken for abandoned ones. */
    private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();

    /** Puts the built file where the database lives. */
    interface Placement {
        void put(Path built, Path live) throws IOException;
    }

    private final Login login;
    private final Path live;
    private final Path folder;
    private final String base;

    private H2FileAside(Login login, Path live, Path folder, String base) {
        this.login = login;
        this.live = live;
        this.folder = folder;
        this.base = base;
    }

    /**
     * Makes a {@code prefix}-named folder beside the file {@code login} names, after removing what killed
     * runs left there.
     */
    static H2FileAside start(Login login, String prefix) {
        Path live = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        Path parent = FolderOf.file(live);
        Path aside;
        try {
            Files.createDirectories(parent);
            removeAbandoned(parent, live);
            aside = Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder to build the database in, in " + parent + ": "
                    + e.getMessage(), e);
        }
        OURS.add(aside);
        String base = Objects.requireNonNull(live.getFileName(), "a file in a folder has a name").toString()
                .replaceFirst("\\.mv\\.db$", "");
        return new H2FileAside(login, live, aside, base);
    }

    /**
     * Fills a new database with the settings of {@code login} in a {@code prefix}-named folder beside its
     * file, closes it, and hands it to {@code place}; the folder is removed afterwards.
     */
    static void build(Login login, String prefix, Consumer<JdbcConnectionPool> fill, Placement place) {
        try (H2FileAside aside = start(login, prefix)) {
            JdbcConnectionPool pool = PooledDataSources.forLogin(aside.login());
            try {
                fill.accept(pool);
            } finally {
                pool.dispose(); // the last connection closing closes the file
            }
            aside.put(place);
        }
    }

    /** The same settings as the live database's, for the file built aside (never with the auto-server). */
    Login login() {
        return new Login(H2Urls.withFile(login.url(), folder.resolve(base)), login.user(), login.password());
    }

    /** The database file the live one will be. */
    Path live() {
        return live;
    }

    /**
     * Hands the closed file built aside to {@code place}. A lock on the file is held meanwhile: it proves
     * that no connection still has the file open (one would write to it after it is in place), and it
     * keeps another process from taking the folder for an abandoned one.
     */
    void put(Placement place) {
        Path built = folder.resolve(base + ".mv.db");
        try (FileChannel file = FileChannel.open(built, StandardOpenOption.WRITE)) {
            FileLock lock = file.tryLock();
            if (lock == null) {
                throw new IOException("the database built aside is still open");
            }
            place.put(built, live);
        } catch (OverlappingFileLockException stillOpen) {
            throw new IllegalStateException("the database built aside is still open in this process", stillOpen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the database in place at " + live + ": " + e.getMessage(), e);
        }
    }

    /** Removes the folder and whatever is left in it: the built file once placed, or all of a failed build. */
    @Override
    public void close() {
        H2Scripts.deleteQuietly(folder);
        OURS.remove(folder);
    }

    /**
     * Removes what killed runs left beside the database file {@code login} names, for a start that finds
     * that file in place: a run killed after it linked its file into place and before it removed the
     * folder aside left a second name of the live file there.
     */
    static void removeLeftoversBeside(Login login) {
        Path live = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        Path parent = live.getParent();
        if (parent == null) {
            return;
        }
        try {
            removeAbandoned(parent, live);
        } catch (IOException | UncheckedIOException e) {
            // Left for the next start: the leftovers take room, nothing else.
        }
    }

    private static void removeAbandoned(Path parent, Path live) throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> PREFIXES.stream().anyMatch(p.getFileName().toString()::startsWith))
                    .filter(Files::isDirectory)
                    .filter(p -> !OURS.contains(p))
                    .filter(p -> abandoned(p, live, before))
                    .forEach(H2Scripts::deleteQuietly);
        }
    }

    private static boolean abandoned(Path folder, Path live, Instant before) {
        if (CREATED_BY_H2.stream().noneMatch(folder.getFileName().toString()::startsWith)) {
            return modifiedBefore(folder, before);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> databases = files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
            return databases.isEmpty() ? modifiedBefore(folder, before)
                    : databases.stream().allMatch(database -> isLive(database, live) || !heldOpen(database));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code database} is a second name of the live file, left by a run killed right after linking
     * it into place. Never probed for a lock: closing a probe of a file this process has open would
     * drop H2's own lock on it.
     */
    private static boolean isLive(Path database, Path live) {
        try {
            return Files.exists(live) && Files.isSameFile(database, live);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a process holds the file open: H2 locks it for as long as it has it open. */
    private static boolean heldOpen(Path database) {
        try (FileChannel file = FileChannel.open(database, StandardOpenOption.WRITE)) {
            FileLock lock = file.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }

    private static boolean modifiedBefore(Path path, Instant before) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            return modified.toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
