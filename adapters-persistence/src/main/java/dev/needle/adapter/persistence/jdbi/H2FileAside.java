package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Builds an embedded database file in a folder of its own beside the one a URL names, then puts it in
 * that place in one step. H2 commits each schema statement on its own, so a schema built in the live
 * file and killed halfway stays half-built; built aside, a kill leaves the live file as it was.
 */
final class H2FileAside {
    /** A folder this old is from a run that was killed; one under way is seconds old. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    /** Puts the built file where the database lives. */
    interface Placement {
        void put(Path built, Path live) throws IOException;
    }

    private H2FileAside() {
    }

    /**
     * Fills a new database with the settings of {@code login} in a {@code prefix}-named folder beside its
     * file, closes it, and hands it to {@code place}; the folder is removed afterwards.
     */
    static void build(Login login, String prefix, Consumer<JdbcConnectionPool> fill, Placement place) {
        Path live = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        Path folder = FolderOf.file(live);
        Path aside;
        try {
            Files.createDirectories(folder);
            removeAbandoned(folder, prefix);
            aside = Files.createTempDirectory(folder, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder to build the database in, in " + folder + ": "
                    + e.getMessage(), e);
        }
        try {
            String base = Objects.requireNonNull(live.getFileName(), "a file in a folder has a name").toString().replaceFirst("\\.mv\\.db$", "");
            JdbcConnectionPool pool = PooledDataSources.forLogin(
                    new Login(H2Urls.withFile(login.url(), aside.resolve(base)), login.user(), login.password()));
            try {
                fill.accept(pool);
            } finally {
                pool.dispose(); // the last connection closing closes the file
            }
            place.put(aside.resolve(base + ".mv.db"), live);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the database in place at " + live + ": " + e.getMessage(), e);
        } finally {
            H2Scripts.deleteQuietly(aside);
        }
    }

    private static void removeAbandoned(Path folder, String prefix) throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> modifiedBefore(p, before))
                    .forEach(H2Scripts::deleteQuietly);
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
