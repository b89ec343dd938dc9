package dev.needle.application.port.in;

import java.util.List;

/**
 * Brings people from another program in: new people are created, people already known (by email,
 * profile URL, or name and company) are merged, unusable records are skipped, all in one unit of work.
 * A dry run works out the same report and stores nothing.
 */
public interface ImportContactsUseCase {
    default ImportReport importContacts(List<ImportedPerson> people, boolean dryRun) {
        return importContacts(people, dryRun, ImportProgress.NONE);
    }

    /**
     * The same for records that may still be arriving: {@code people} may be read from a file while
     * the records before are matched, so iterating may wait, and may throw (a bad record further on),
     * in which case nothing is stored and the exception is passed on. {@code progress} hears how many
     * records have been matched and how many contacts stored so far.
     */
    ImportReport importContacts(Iterable<ImportedPerson> people, boolean dryRun, ImportProgress progress);

    /**
     * The same for records handed on already prepared ({@link PreparedPerson#of}): a file's reading
     * thread can work out their keys while the records before them are matched.
     */
    ImportReport importPrepared(Iterable<PreparedPerson> people, boolean dryRun, ImportProgress progress);
}
