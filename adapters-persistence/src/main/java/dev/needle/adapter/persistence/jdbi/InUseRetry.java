package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first connection of an open, tried again for a while when H2 says another process has the file:
 * a run that only reads holds it read-only for moments ({@link ReadOnlyOpen}), and a start that comes
 * then waits for it rather than fail. A file held for longer still fails, as before, only later; that
 * goes for a restore or an upgrade, which need the file to themselves, too.
 */
final class InUseRetry {
    private static final Logger LOG = LoggerFactory.getLogger(InUseRetry.class);
    /** H2's "database may be already in use" (another process holds the file). */
    static final int H2_IN_USE = 90020;
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final long PAUSE_MILLIS = 40;

    private InUseRetry() {
    }

    /** How a connection is made, failing as JDBC does. */
    @FunctionalInterface
    interface Connect {
        Connection connect() throws SQLException;
    }

    static Connection connect(JdbcConnectionPool pool, Login login) throws SQLException {
        return H2Urls.isFilePath(login.url()) ? connect(pool::getConnection) : pool.getConnection();
    }

    static Connection connect(Connect connect) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean told = false;
        while (true) {
            try {
                return connect.connect();
            } catch (SQLException e) {
                if (e.getErrorCode() != H2_IN_USE || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    LOG.info("The database file is in use by another process; trying again for up to {} s",
                            PATIENCE.toSeconds());
                    told = true;
                }
                pause();
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database file", e);
        }
    }
}
