package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.BudgetStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryBudgetStoreTest extends BudgetStoreContract {
    @Override
    protected Stores stores() {
        return FreshInMemoryStores.open();
    }
}
