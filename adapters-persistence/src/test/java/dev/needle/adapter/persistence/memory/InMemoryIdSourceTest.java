package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.IdSourceContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryIdSourceTest extends IdSourceContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
