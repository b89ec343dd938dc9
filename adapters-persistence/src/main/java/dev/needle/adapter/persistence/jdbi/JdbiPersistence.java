package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens an H2 or PostgreSQL database for Needle: a pooled connection source, the schema brought up to
 * date (Flyway loaded only when it is behind), and every store on one shared transaction scope.
 * Close it to release the pool and, for H2, the database file.
 */
public final class JdbiPersistence implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final HandleScope scope;

    private JdbiPersistence(JdbcConnectionPool pool, Jdbi jdbi) {
        this.pool = pool;
        this.scope = new HandleScope(jdbi);
    }

    /** Opens the database at {@code jdbcUrl} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), migrating it if needed. */
    public static JdbiPersistence open(String jdbcUrl, String user, String password) {
        // A lambda, so not even the runner class is loaded on an up-to-date start.
        return open(jdbcUrl, user, password, dataSource -> new FlywayMigrationRunner().migrate(dataSource));
    }

    static JdbiPersistence open(String jdbcUrl, String user, String password, MigrationRunner migrations) {
        JdbcConnectionPool pool = PooledDataSources.forUrl(jdbcUrl, user, password);
        try {
            Jdbi jdbi = Jdbi.create(pool);
            if (!SchemaVersion.isCurrent(jdbi)) {
                migrations.migrate(pool);
            }
            return new JdbiPersistence(pool, jdbi);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    public ContactStore contacts() {
        return new JdbiContactStore(scope);
    }

    public NeedStore needs() {
        return new JdbiNeedStore(scope);
    }

    public DirectionStore directions() {
        return new JdbiDirectionStore(scope);
    }

    public EventStore events() {
        return new JdbiEventStore(scope);
    }

    public InteractionStore interactions() {
        return new JdbiInteractionStore(scope);
    }

    public MeetingRequestStore meetingRequests() {
        return new JdbiMeetingRequestStore(scope);
    }

    public BudgetStore budget() {
        return new JdbiBudgetStore(scope);
    }

    public Transactions transactions() {
        return new JdbiTransactions(scope);
    }

    public IdSource ids() {
        return new JdbiIdSource(scope);
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
