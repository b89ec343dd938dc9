package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.SearchText;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run that only reads and ends in moments ({@code needle contacts QUERY}, {@code query}, {@code due})
 * opens an H2 file read-only ({@link H2Urls#readOnly}) when that changes nothing: no process has the
 * file open to write (none keeps the auto-server's lock file beside it), its schema is this Needle's,
 * and the kept search texts need no keeping. It skips what only a writer needs: the auto-server, the
 * lock protocol's sleep and the write at close. Otherwise, or on any failure, it gives nothing and the
 * run opens the file as every run does, through the process that has it open if one does.
 */
final class ReadOnlyOpen {
    private ReadOnlyOpen() {
    }

    /**
     * Asked for when a line is logged, not with the class: {@link #urlToTry} runs before the open ahead
     * starts, and setting logging up there would hold that open back by logging's whole set-up.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ReadOnlyOpen.class);
    }

    /** The URL a reading run tries {@code fileUrl}'s file with: read-only unless a process has it open to write. */
    static String urlToTry(String fileUrl) {
        boolean readable = H2Urls.isFilePath(fileUrl) && !Files.exists(H2Urls.lockFileOf(fileUrl));
        return readable ? H2Urls.readOnly(fileUrl) : fileUrl;
    }

    /**
     * Whether {@code pool}, on the file {@code login} opens read-only, is all a run needs; when not, the pool
     * is disposed of and nothing of it is left open (the connection opened ahead let go too). A run that
     * {@code searches} needs the kept search texts current too; one that reads none (`needle due`) does not.
     */
    static boolean attempt(Login login, JdbcConnectionPool pool, String targetVersion, boolean searches) {
        try (Connection connection = pool.getConnection()) {
            if (SchemaVersion.isAt(connection, targetVersion) && (!searches || searchTextsSettled(connection))) {
                return true;
            }
            log().debug("Opening the database to write after all: its schema or kept search texts need writing");
        } catch (SQLException | RuntimeException e) {
            // Most often another process opened the file to write meanwhile; the usual open joins it.
            log().debug("Opening the database to write after all: {}", login.scrub(e.getMessage(), login.url()));
        }
        pool.dispose();
        H2OpenAhead.letGo();
        return false;
    }

    /** Whether the kept search texts are current and folded as this run folds: nothing for a read to keep. */
    private static boolean searchTextsSettled(Connection connection) {
        SearchTextState state = SearchTextState.read(connection);
        return state.keptBy(SearchText.version()) && state.revision() >= state.now();
    }
}
