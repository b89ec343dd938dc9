package dev.needle.application.service;

import dev.needle.application.port.in.SyncVdirUseCase;
import dev.needle.application.port.out.AddressCards;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.application.port.out.VdirFolders;

/**
 * Runs a two-way sync with a vdir as one transaction: the contacts saved and deleted, and the sync
 * state, commit together. Cards are written as the run goes; should the run fail after some were
 * written, the next run sees them as changed in the address book and merges them back harmlessly,
 * since their values are the ones Needle holds.
 */
public final class VdirSyncService implements SyncVdirUseCase {
    private final ContactStore contacts;
    private final IdSource ids;
    private final Transactions transactions;
    private final SyncStateStore states;
    private final VdirFolders folders;
    private final AddressCards cards;
    private final ClockPort clock;
    private final InteractionStore interactions;
    private final MeetingRequestStore requests;

    /** {@code interactions} and {@code requests}: the history that keeps a contact whose card was deleted. */
    public VdirSyncService(ContactStore contacts, IdSource ids, Transactions transactions, SyncStateStore states,
                           VdirFolders folders, AddressCards cards, ClockPort clock, InteractionStore interactions,
                           MeetingRequestStore requests) {
        this.contacts = contacts;
        this.ids = ids;
        this.transactions = transactions;
        this.states = states;
        this.folders = folders;
        this.cards = cards;
        this.clock = clock;
        this.interactions = interactions;
        this.requests = requests;
    }

    @Override
    public SyncReport sync(String folder, boolean dryRun, boolean force) {
        var vdir = folders.open(folder, !dryRun);
        return transactions.inTransaction(() -> new VdirSyncRun(
                new VdirSyncRun.Sides(contacts, ids, states, vdir, cards, interactions, requests), clock.today(), clock.instant(), dryRun, force).run());
    }
}
