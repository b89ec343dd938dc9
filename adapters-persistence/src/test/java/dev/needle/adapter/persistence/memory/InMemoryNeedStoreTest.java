package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.NeedStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryNeedStoreTest extends NeedStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
