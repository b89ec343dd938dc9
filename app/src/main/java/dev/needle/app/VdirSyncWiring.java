package dev.needle.app;

import dev.needle.adapter.interchange.vcard.VdirCardFormat;
import dev.needle.adapter.interchange.vdir.VdirFileFolders;
import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.service.VdirSyncService;
import dev.needle.application.team.OwnedByWhoAdds;

/**
 * The vdir sync over one database's stores. Like the importers it works on the store itself, not a
 * session's search index: an open screen catches up with the sync's commit as with any other session's.
 */
final class VdirSyncWiring {
    private VdirSyncWiring() {
    }

    static SyncVdirUseCase over(StorePorts stores, ClockPort clock) {
        return new VdirSyncService(stores.contacts(), stores.ids(), stores.transactions(), stores.syncStates(),
                new VdirFileFolders(), new VdirCardFormat(), clock);
    }

    /** A sync someone runs: the contacts it brings in are theirs (see {@link OwnedByWhoAdds}). */
    static SyncVdirUseCase over(StorePorts stores, ClockPort clock, ActingPerson acting) {
        return new VdirSyncService(new OwnedByWhoAdds(stores.contacts(), stores.assignments(), stores.team(), acting,
                stores.transactions()), stores.ids(), stores.transactions(), stores.syncStates(), new VdirFileFolders(),
                new VdirCardFormat(), clock);
    }
}
