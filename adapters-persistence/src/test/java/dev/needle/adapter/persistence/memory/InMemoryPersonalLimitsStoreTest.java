package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.PersonalLimitsStoreContract;

class InMemoryPersonalLimitsStoreTest extends PersonalLimitsStoreContract {
    private InMemoryPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = InMemoryPersistence.open();
        return new Stores(persistence.contacts(), persistence.needs(), persistence.directions(), persistence.events(),
                persistence.interactions(), persistence.meetingRequests(), persistence.budget(), persistence.transactions(),
                persistence.ids(), persistence.changes());
    }

    @Override
    protected TeamStore team() {
        return persistence.team();
    }

    @Override
    protected PersonalLimitsStore limits() {
        return persistence.personalLimits();
    }
}
