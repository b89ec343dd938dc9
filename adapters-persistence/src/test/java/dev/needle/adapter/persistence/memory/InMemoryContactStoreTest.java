package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.ContactStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryContactStoreTest extends ContactStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
