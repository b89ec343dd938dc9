package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.contract.KeepInTouchStoreContract;
import dev.needle.application.port.out.contract.Stores;

class InMemoryKeepInTouchStoreTest extends KeepInTouchStoreContract {
    private InMemoryPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = InMemoryPersistence.open();
        return new Stores(persistence.contacts(), persistence.needs(), persistence.directions(), persistence.events(),
                persistence.interactions(), persistence.meetingRequests(), persistence.budget(), persistence.transactions(),
                persistence.ids(), persistence.changes());
    }

    @Override
    protected KeepInTouchStore keepInTouch() {
        return persistence.keepInTouch();
    }

    @Override
    protected SentReminders sentReminders() {
        return persistence.sentReminders();
    }
}
