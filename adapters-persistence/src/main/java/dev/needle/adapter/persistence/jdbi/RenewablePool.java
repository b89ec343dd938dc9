package dev.needle.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The connection source behind every store, which can start over with a new pool. H2 closes its
 * database after a write fails (a full disk); the pool's idle connections are dead from then on and
 * would fail every later call. Told so by {@link #renewOnNextUse()}, the next connection comes from a
 * new pool, which opens the file again: a session recovers by itself once the disk has room, without
 * a restart. Renewing a pool whose database was still fine costs one reopen, nothing else.
 */
final class RenewablePool implements ConnectionFactory {
    private final Login login;
    private JdbcConnectionPool pool;
    private boolean renew;

    RenewablePool(Login login, JdbcConnectionPool first) {
        this.login = login;
        this.pool = first;
    }

    /**
     * A connection from the current pool, renewed first if asked. Taken under the lock so no thread
     * borrows from a pool another thread is disposing of.
     */
    @Override
    public synchronized Connection openConnection() throws SQLException {
        if (renew) {
            pool.dispose();
            pool = PooledDataSources.forLogin(login);
            renew = false;
        }
        return pool.getConnection();
    }

    /** The database failed under a call: the next connection comes from a new pool. */
    synchronized void renewOnNextUse() {
        renew = true;
    }

    /** Lets go of every connection, and for H2 of the database file once the last one is closed. */
    synchronized void dispose() {
        pool.dispose();
    }
}
