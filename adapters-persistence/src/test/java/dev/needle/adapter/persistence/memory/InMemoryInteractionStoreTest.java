package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.InteractionStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryInteractionStoreTest extends InteractionStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
