package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.ChangeCounterContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryChangeCounterTest extends ChangeCounterContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
