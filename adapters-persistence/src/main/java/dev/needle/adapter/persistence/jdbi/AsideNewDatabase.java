package dev.needle.adapter.persistence.jdbi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new database filled aside by one large write (an import into a new data folder), and put where the
 * database lives only once that write is done and the file closed. Nobody else can open the file
 * meanwhile, so the write may commit in steps and H2 may keep its pages in memory until the close
 * writes them: all-or-nothing comes from the link, not from one transaction. A kill or a failure leaves
 * only the folder aside, which this or the next build beside the file removes.
 */
final class AsideNewDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AsideNewDatabase.class);
    /**
     * H2 writes committed pages once this long after a commit, or when its buffer of unsaved pages fills:
     * longer than any import, so the close writes them, once.
     */
    private static final int WRITE_DELAY_MILLIS = 3_600_000;

    private final H2FileAside aside;
    private boolean placed;
    private boolean closed;

    private AsideNewDatabase(H2FileAside aside) {
        this.aside = aside;
    }

    static AsideNewDatabase start(Login live) {
        return new AsideNewDatabase(H2FileAside.start(live, H2FileAside.IMPORT));
    }

    /** How to open the file aside: the live file's settings, without the auto-server, with a long write delay. */
    Login login() {
        Login login = aside.login();
        return new Login(H2Urls.withWriteDelay(login.url(), WRITE_DELAY_MILLIS), login.user(), login.password());
    }

    /**
     * Links the closed file into place. False when a database is there already (another process created
     * one meanwhile): it is left as it is, and nothing of this one is kept.
     */
    boolean putInPlace() {
        boolean[] linked = {false};
        aside.put((built, live) -> linked[0] = link(built, live));
        placed = linked[0];
        return placed;
    }

    /** The live database file. */
    Path live() {
        return aside.live();
    }

    /** Removes the folder aside: after a placement its other name, otherwise everything written there. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!placed) {
            LOG.info("The database built aside for {} was not put in place; removing it", aside.live());
        }
        aside.close();
    }

    /** A link, not a rename: it fails rather than replace a database another process put there meanwhile. */
    private static boolean link(Path built, Path live) throws IOException {
        try {
            Files.createLink(live, built);
            return true;
        } catch (FileAlreadyExistsException another) {
            return false;
        } catch (IOException | UnsupportedOperationException noLinks) {
            LOG.info("No hard link for {} ({}); moving the database built aside into place instead", live, noLinks.toString());
            try {
                Files.move(built, live);
                return true;
            } catch (FileAlreadyExistsException another) {
                return false;
            }
        }
    }
}
