package dev.needle.application.index;

import dev.needle.application.port.out.ContactChanges;
import dev.needle.application.port.out.ContactStore;

/**
 * Brings the index up to date with the changes every session (process) committed since the revision
 * it was last brought to: the store is asked what changed since then. Costs one primary-key read when
 * nothing changed, so it runs before every read of the index.
 */
final class CatchUp {
    private final ContactStore store;
    /** Every change committed up to this revision, in any session, is in the index. */
    private volatile long revision;

    CatchUp(ContactStore store) {
        this.store = store;
    }

    /**
     * The revision the full read starts from, taken before it reads the contacts: a change committed
     * meanwhile is then fetched again by the first catch-up, which is harmless; taken after, it could
     * be skipped for good.
     */
    void startAt(long revision) {
        this.revision = revision;
    }

    /**
     * Applies the changes committed since the index's revision. Synchronized so two catch-ups never
     * apply an older answer after a newer one. A contact this process is saving meanwhile can be put
     * back to its previous state here only if that save has not committed, and then its commit's
     * revision brings it back on the next catch-up.
     */
    synchronized void bringUpToDate(ContactSearchIndex index) {
        // Waits for a read under way on another thread (the warm-up): it may have begun before a
        // commit that the catch-up below then fetches; skipping the catch-up would lose that commit.
        if (!index.isLoaded()) {
            return; // its first read will see everything committed so far
        }
        ContactChanges changes = store.changesSince(revision);
        changes.saved().forEach(index::put);
        changes.deleted().forEach(index::remove);
        revision = Math.max(revision, changes.revision());
    }
}
