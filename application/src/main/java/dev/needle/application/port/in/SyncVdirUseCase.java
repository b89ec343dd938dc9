package dev.needle.application.port.in;

import java.util.List;

/**
 * Two-way sync between Needle's contacts and a vdir (a folder of vCards that vdirsyncer and khard use).
 * Each run compares both sides with what the last run left: a change on one side is copied to the
 * other; a contact changed on both sides is merged field by field; where both changed the same field
 * Needle's value wins and the address book's is kept in a conflict note appended to the notes.
 * Deletions are copied too, unless a run would delete more than half of one side's contacts (see
 * {@link SyncReport#stopped}); {@code force} lets such a run go ahead.
 */
public interface SyncVdirUseCase {
    /** More than this share of one side's contacts deleted in one run stops the run (unless forced). */
    int SAFETY_PERCENT = 50;

    SyncReport sync(String folder, boolean dryRun, boolean force);

    /** One change to one side, as the report tells it. */
    /**
     * One change to one side. {@code KEPT}: a contact whose card was deleted from the address book, kept
     * in Needle because it holds their history (interactions, meeting requests), and no longer synced.
     */
    record Change(Kind kind, String name, String detail) {
        public enum Kind { ADDED, UPDATED, DELETED, KEPT }
    }

    /**
     * What a run did (or, for a dry run, would do) on each side. {@code stopped} says, when not empty,
     * why the run changed nothing (the deletion safety stop). {@code skipped} names cards left alone
     * because they could not be read; {@code conflicts} names contacts whose conflict note grew.
     */
    record SyncReport(String folder, boolean dryRun, List<Change> needle, List<Change> addressBook,
                      List<String> conflicts, List<String> skipped, String stopped) {
        public SyncReport {
            needle = List.copyOf(needle);
            addressBook = List.copyOf(addressBook);
            conflicts = List.copyOf(conflicts);
            skipped = List.copyOf(skipped);
            stopped = stopped == null ? "" : stopped;
        }

        public boolean isStopped() {
            return !stopped.isEmpty();
        }
    }
}
