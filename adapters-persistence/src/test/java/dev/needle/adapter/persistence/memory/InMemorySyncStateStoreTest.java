package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.port.out.contract.SyncStateStoreContract;

class InMemorySyncStateStoreTest extends SyncStateStoreContract {
    private final InMemoryPersistence db = InMemoryPersistence.open();

    @Override
    protected SyncStateStore syncStates() {
        return db.syncStates();
    }

    @Override
    protected Transactions transactions() {
        return db.transactions();
    }
}
