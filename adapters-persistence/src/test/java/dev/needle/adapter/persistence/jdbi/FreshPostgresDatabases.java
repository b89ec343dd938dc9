package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.contract.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database per test on the {@link SharedPostgres} server. When the server cannot start the tests
 * are skipped with the reason, except under {@code CI=true}, where that is a failure: a PostgreSQL run
 * must never vanish silently from a build.
 */
final class FreshPostgresDatabases implements BeforeAllCallback, AfterEachCallback {
    private SharedPostgres.Started started;
    private final List<JdbiPersistence> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        started = SharedPostgres.get();
        if (started.notStarted() != null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(started.notStarted() + " (CI=true requires them)");
        }
    }

    /** Stores over a new database copied from the migrated template, closed after the test. */
    Stores fresh() {
        return JdbiStores.of(freshPersistence());
    }

    /** The database itself, for the stores that {@link Stores} does not list. */
    JdbiPersistence freshPersistence() {
        JdbiPersistence persistence = JdbiPersistence.open(freshUrl(), SharedPostgres.USER, null);
        open.add(persistence);
        return persistence;
    }

    /** The URL of a new database copied from the migrated template (no credentials in it). */
    String freshUrl() {
        // Skipped test by test rather than as a class, so the build's skip count shows every one.
        Assumptions.assumeTrue(started.notStarted() == null, () -> "SKIPPED — " + started.notStarted());
        return started.server().freshDatabaseUrl();
    }

    /** The URL of a new database with no schema yet (no credentials in it). */
    String emptyUrl() {
        Assumptions.assumeTrue(started.notStarted() == null, () -> "SKIPPED — " + started.notStarted());
        return started.server().emptyDatabaseUrl();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(JdbiPersistence::close);
        open.clear();
    }
}
