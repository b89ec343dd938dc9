package dev.needle.application.service.fake;

import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.TeamStoreContract;

/** The fake passes the contract the real stores pass, so a service test over it is as true as over them. */
class FakeTeamStoreContractTest extends TeamStoreContract {
    private final FakeTeamStore team = new FakeTeamStore();

    @Override
    protected Stores stores() {
        return FakeStores.open();
    }

    @Override
    protected TeamStore team() {
        return team;
    }
}
