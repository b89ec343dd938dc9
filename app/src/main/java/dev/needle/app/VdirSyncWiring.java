package dev.needle.app;

import dev.needle.adapter.interchange.vcard.VdirCardFormat;
import dev.needle.adapter.interchange.vdir.VdirFileFolders;
import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.service.VdirSyncService;
import dev.needle.application.team.Authorship;
import dev.needle.application.team.OwnedByWhoAdds;

/**
 * The vdir sync over one database's stores. Like the importers it works on the store itself, not a
 * session's search index: an open screen catches up with the sync's commit as with any other session's.
 */
final class VdirSyncWiring {
    private VdirSyncWiring() {
    }

    /** Without a person: nothing it writes is marked or owned. Only the sync's own tests, which have no team, use it. */
    static SyncVdirUseCase over(StorePorts stores, ClockPort clock) {
        return new VdirSyncService(stores.contacts(), stores.ids(), stores.transactions(), stores.syncStates(),
                new VdirFileFolders(), new VdirCardFormat(), clock, stores.interactions(), stores.meetingRequests());
    }

    /**
     * A sync someone runs: the contacts it brings in are theirs (see {@link OwnedByWhoAdds}), and what it
     * adds or changes is marked with their name, as an import's is (see {@link MarkedStores}).
     */
    static SyncVdirUseCase over(StorePorts stores, ClockPort clock, ActingPerson acting) {
        Authorship authors = MarkedStores.authorship(stores, acting, clock);
        return new VdirSyncService(authors.contacts(new OwnedByWhoAdds(stores.contacts(), stores.assignments(),
                stores.team(), acting, stores.transactions())), stores.ids(), stores.transactions(), stores.syncStates(),
                new VdirFileFolders(), new VdirCardFormat(), clock, stores.interactions(), stores.meetingRequests());
    }
}
