package dev.needle.adapter.persistence.jdbi;

import org.jdbi.v3.core.Handle;

/**
 * Moves the store-wide change counter forward once per transaction that wrote anything, just before it
 * commits, so other sessions' screens learn that something changed. Taken last, the counter's row lock
 * is held for milliseconds, not for the whole of an import.
 */
final class PendingStoreChange implements HandleScope.BeforeCommit {
    @Override
    public void beforeCommit(Handle handle) {
        // One statement, so two sessions committing at once both count.
        handle.execute("UPDATE store_changes SET counter = counter + 1 WHERE id = 1");
    }
}
