package dev.needle.application.port.in;

/**
 * Puts a full backup into an empty database, records keeping their ids and versions; all of it or,
 * on any failure, nothing. A database that holds anything is refused rather than merged into.
 */
public interface RestoreBackupUseCase {
    /** Checks everything and, unless {@code dryRun}, writes; returns how many records the backup holds. */
    Report restore(Backup backup, boolean dryRun);

    record Report(int directions, int needs, int contacts, int events, int interactions, int meetingRequests,
                  boolean budget, boolean dryRun) {
    }
}
