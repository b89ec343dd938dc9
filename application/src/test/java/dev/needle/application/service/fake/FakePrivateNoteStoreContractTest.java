package dev.needle.application.service.fake;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.contract.PrivateNoteStoreContract;
import dev.needle.application.port.out.contract.Stores;

/** The fake passes the contract the real stores pass, so a service test over it is as true as over them. */
class FakePrivateNoteStoreContractTest extends PrivateNoteStoreContract {
    private Fakes fakes;

    @Override
    protected Stores stores() {
        fakes = new Fakes();
        return new Stores(fakes.contacts, fakes.needs, fakes.directions, fakes.events, fakes.interactions, fakes.requests,
                fakes.budget, fakes.transactions, fakes.ids, fakes.changes);
    }

    @Override
    protected PrivateNoteStore privateNotes() {
        return fakes.privateNotes;
    }

    @Override
    protected TeamStore team() {
        return fakes.team;
    }
}
