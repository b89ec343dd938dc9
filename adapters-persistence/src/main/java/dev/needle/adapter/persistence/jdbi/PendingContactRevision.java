package dev.needle.adapter.persistence.jdbi;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What one transaction does to contacts, told to other sessions as a single new revision just before
 * it commits: one change set row listing the ids it saved as ranges, and a tombstone per id it
 * deleted. The saved rows themselves are not written again, so an import of 100 000 people is not
 * followed by 100 000 updates. Taking the revision last keeps the counter's row lock for
 * milliseconds, not for the whole of an import, and makes revisions commit in order: a reader that
 * has seen revision n has seen every change up to n.
 */
final class PendingContactRevision implements HandleScope.BeforeCommit {
    private final Set<Long> saved = new HashSet<>();
    private final Set<Long> deleted = new LinkedHashSet<>();

    void saved(long id) {
        saved.add(id);
    }

    void deleted(long id) {
        saved.remove(id);
        deleted.add(id);
    }

    @Override
    public void beforeCommit(Handle handle) {
        if (saved.isEmpty() && deleted.isEmpty()) {
            return;
        }
        // One statement, so two sessions incrementing at once both count: the second waits for the
        // first to commit and then adds to its value.
        handle.execute("UPDATE contact_revision SET revision = revision + 1 WHERE id = 1");
        long revision = ContactRevisionQueries.current(handle);
        if (!saved.isEmpty()) {
            handle.createUpdate("INSERT INTO contact_change_sets (revision, id_ranges) VALUES (:revision, :ranges)")
                    .bind("revision", revision).bind("ranges", SqlArray.of(IdRanges.of(saved))).execute();
        }
        if (!deleted.isEmpty()) {
            // An id could in principle be deleted twice (deleted, restored from a backup, deleted again).
            PreparedBatch forget = handle.prepareBatch("DELETE FROM contact_tombstones WHERE id = :id");
            PreparedBatch tombstones = handle.prepareBatch("INSERT INTO contact_tombstones (id, revision) VALUES (:id, :revision)");
            deleted.forEach(id -> {
                forget.bind("id", id).add();
                tombstones.bind("id", id).bind("revision", revision).add();
            });
            Batches.run(forget);
            Batches.run(tombstones);
        }
    }
}
