package dev.needle.application.service.fake;

import dev.needle.application.port.out.contract.ChangeCounterContract;
import dev.needle.application.port.out.contract.Stores;

/** The fake passes the contract the real stores pass, so a service test over it is as true as over them. */
class FakeChangeCounterContractTest extends ChangeCounterContract {
    @Override
    protected Stores stores() {
        return FakeStores.open();
    }
}
