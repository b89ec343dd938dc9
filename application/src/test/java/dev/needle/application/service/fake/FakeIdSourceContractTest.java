package dev.needle.application.service.fake;

import dev.needle.application.port.out.contract.IdSourceContract;
import dev.needle.application.port.out.contract.Stores;

/** The fake passes the contract the real stores pass, so a service test over it is as true as over them. */
class FakeIdSourceContractTest extends IdSourceContract {
    @Override
    protected Stores stores() {
        return FakeStores.open();
    }
}
