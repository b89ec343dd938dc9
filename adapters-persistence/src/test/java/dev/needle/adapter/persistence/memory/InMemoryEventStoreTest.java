package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.EventStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryEventStoreTest extends EventStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
