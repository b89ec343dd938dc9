package dev.needle.adapter.persistence.jdbi;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Connection pools for the two supported databases. Without a pool H2 reopens its file on every call
 * (~10 ms). H2's small pool works over any {@link javax.sql.ConnectionPoolDataSource}, so PostgreSQL
 * reuses it through the driver's own pooled-connection source: no further dependency needed.
 */
final class PooledDataSources {
    private PooledDataSources() {
    }

    static JdbcConnectionPool forLogin(Login login) {
        if (login.isH2()) {
            return JdbcConnectionPool.create(login.url(), login.user(), login.password());
        }
        if (login.url().startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setURL(login.url());
            if (login.user() != null) {
                postgres.setUser(login.user());
            }
            if (login.password() != null) {
                postgres.setPassword(login.password());
            }
            return JdbcConnectionPool.create(postgres);
        }
        // Never echo the URL: it may carry a password.
        throw new IllegalArgumentException("Needle stores its data in H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) only.");
    }
}
