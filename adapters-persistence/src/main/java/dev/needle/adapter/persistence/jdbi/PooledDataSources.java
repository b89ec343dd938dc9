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

    static JdbcConnectionPool forUrl(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return JdbcConnectionPool.create(jdbcUrl, user, password);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setURL(jdbcUrl);
            if (user != null) {
                postgres.setUser(user);
            }
            if (password != null) {
                postgres.setPassword(password);
            }
            return JdbcConnectionPool.create(postgres);
        }
        // Never echo the URL: it may carry a password.
        throw new IllegalArgumentException("Needle stores its data in H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) only.");
    }
}
