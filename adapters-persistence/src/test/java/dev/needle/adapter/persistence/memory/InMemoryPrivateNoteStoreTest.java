package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.application.port.out.contract.PrivateNoteStoreContract;

class InMemoryPrivateNoteStoreTest extends PrivateNoteStoreContract {
    private InMemoryPersistence persistence;

    @Override
    protected Stores stores() {
        persistence = InMemoryPersistence.open();
        return new Stores(persistence.contacts(), persistence.needs(), persistence.directions(), persistence.events(),
                persistence.interactions(), persistence.meetingRequests(), persistence.budget(), persistence.transactions(),
                persistence.ids(), persistence.changes());
    }

    @Override
    protected PrivateNoteStore privateNotes() {
        return persistence.privateNotes();
    }

    @Override
    protected TeamStore team() {
        return persistence.team();
    }
}
