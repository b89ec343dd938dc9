package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.DirectionStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryDirectionStoreTest extends DirectionStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
