package dev.needle.application.service.fake;

import dev.needle.application.port.out.contract.Stores;

/** The fakes of one {@link Fakes} as the port contracts take a database's stores. */
public final class FakeStores {
    private FakeStores() {
    }

    public static Stores open() {
        Fakes f = new Fakes();
        return new Stores(f.contacts, f.needs, f.directions, f.events, f.interactions, f.requests, f.budget,
                f.transactions, f.ids, f.changes);
    }
}
