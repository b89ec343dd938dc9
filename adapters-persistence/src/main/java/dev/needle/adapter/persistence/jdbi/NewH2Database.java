package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a new embedded database whole. H2 commits each statement of a schema change on its own, so
 * a process killed while it migrated a new file left a half-built schema that every later start
 * failed to migrate again ("Duplicate column name"): the database never opened. Here the schema is
 * built in a file of its own in a folder beside the database's place, and linked into that place
 * only once every migration has run: a kill leaves either no database or a whole one.
 */
final class NewH2Database {
    private static final Logger LOG = LoggerFactory.getLogger(NewH2Database.class);
    private static final String STAGING_PREFIX = "new-database-";
    /** A folder this old is from a start that was killed; a start under way takes seconds. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private NewH2Database() {
    }

    /** Builds the database {@code login} names, if it is an H2 file that does not exist yet. */
    static void createIfMissing(Login login, MigrationRunner migrations) {
        if (!isFileUrl(login.url())) {
            return;
        }
        Path target = H2Urls.databaseFileOf(login.url()).toAbsolutePath();
        if (Files.exists(target)) {
            return;
        }
        Path folder = target.getParent();
        Path staging;
        try {
            Files.createDirectories(folder);
            removeAbandoned(folder, STAGING_PREFIX);
            staging = Files.createTempDirectory(folder, STAGING_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database in " + folder + ": " + e.getMessage(), e);
        }
        try {
            String base = target.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
            Login staged = new Login(stagedUrl(login.url(), staging.resolve(base)), login.user(), login.password());
            JdbcConnectionPool pool = PooledDataSources.forLogin(staged);
            try {
                migrations.migrate(pool);
            } finally {
                pool.dispose(); // the last connection closing closes the file
            }
            putInPlace(staging.resolve(base + ".mv.db"), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new database in place at " + target + ": " + e.getMessage(), e);
        } finally {
            H2Scripts.deleteQuietly(staging);
        }
    }

    /**
     * A link, not a rename: it fails when another process has just put its own new database there. A
     * file system without hard links (some network and USB ones) gets a rename that will not replace.
     */
    private static void putInPlace(Path built, Path target) throws IOException {
        try {
            Files.createLink(target, built);
        } catch (FileAlreadyExistsException another) {
            LOG.info("Another process created the database {} first; using that one", target);
        } catch (IOException | UnsupportedOperationException noLinks) {
            LOG.info("No hard link for {} ({}); moving the new database into place instead", target, noLinks.toString());
            try {
                Files.move(built, target);
            } catch (FileAlreadyExistsException another) {
                LOG.info("Another process created the database {} first; using that one", target);
            }
        }
    }

    static boolean isFileUrl(String url) {
        return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:/");
    }

    /** The same URL and settings with another file, and without the auto-server no one else will use. */
    static String stagedUrl(String url, Path file) {
        int settings = url.indexOf(';');
        String rest = settings < 0 ? "" : url.substring(settings);
        return "jdbc:h2:file:" + file + rest.replaceAll("(?i);AUTO_SERVER=TRUE", "");
    }

    /** Removes the {@code prefix} folders of runs killed long ago; one under way is seconds old. */
    static void removeAbandoned(Path folder, String prefix) throws IOException {
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
