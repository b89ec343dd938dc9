package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.port.out.contract.SyncStateStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The vdir sync state contract against H2 (the V10 table). */
class H2SyncStateStoreTest extends SyncStateStoreContract {
    private JdbiPersistence db;

    @BeforeEach
    void open() {
        db = JdbiPersistence.open("jdbc:h2:mem:sync-state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                FreshH2Databases.USER, FreshH2Databases.PASSWORD);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected SyncStateStore syncStates() {
        return db.syncStates();
    }

    @Override
    protected Transactions transactions() {
        return db.transactions();
    }
}
