package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a new embedded database whole. A process killed while it migrated a new file in place left a
 * half-built schema that every later start failed to migrate again ("Duplicate column name"): the
 * database never opened. Here the schema is built aside ({@link H2FileAside}) and linked into place
 * only once every migration has run: a kill leaves either no database or a whole one.
 */
final class NewH2Database {
    private static final Logger LOG = LoggerFactory.getLogger(NewH2Database.class);

    private NewH2Database() {
    }

    /**
     * Builds the database {@code login} names, if it is an H2 file that does not exist yet; beside one that
     * does, removes what killed builds left ({@link H2FileAside}).
     */
    static void createIfMissing(Login login, MigrationRunner migrations) {
        if (!H2Urls.isFilePath(login.url())) {
            return;
        }
        if (Files.exists(H2Urls.databaseFileOf(login.url()).toAbsolutePath())) {
            H2FileAside.removeLeftoversBeside(login);
            return;
        }
        H2FileAside.build(login, H2FileAside.NEW_DATABASE, migrations::migrate, NewH2Database::putInPlace);
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
}
