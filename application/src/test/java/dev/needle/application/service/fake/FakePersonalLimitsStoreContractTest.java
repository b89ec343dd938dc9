package dev.needle.application.service.fake;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.PersonalLimitsStoreContract;
import dev.needle.application.port.out.contract.Stores;

/** The fake passes the contract the real stores pass, so a service test over it is as true as over them. */
class FakePersonalLimitsStoreContractTest extends PersonalLimitsStoreContract {
    private Fakes fakes;

    @Override
    protected Stores stores() {
        fakes = new Fakes();
        return new Stores(fakes.contacts, fakes.needs, fakes.directions, fakes.events, fakes.interactions,
                fakes.requests, fakes.budget, fakes.transactions, fakes.ids, fakes.changes);
    }

    @Override
    protected TeamStore team() {
        return fakes.team;
    }

    @Override
    protected PersonalLimitsStore limits() {
        return fakes.limits;
    }
}
