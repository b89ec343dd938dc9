package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.contract.Stores;

/** Hands the port contracts a new, empty in-memory database. */
final class FreshInMemoryStores {
    private FreshInMemoryStores() {
    }

    static Stores open() {
        InMemoryPersistence p = InMemoryPersistence.open();
        return new Stores(p.contacts(), p.needs(), p.directions(), p.events(), p.interactions(), p.meetingRequests(),
                p.budget(), p.transactions(), p.ids(), p.changes());
    }
}
