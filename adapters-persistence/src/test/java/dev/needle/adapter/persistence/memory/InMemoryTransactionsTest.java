package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.TransactionsContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
