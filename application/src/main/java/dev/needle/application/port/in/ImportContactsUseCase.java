package dev.needle.application.port.in;

import java.util.List;

/**
 * Brings people from another program in: new people are created, people already known (by email,
 * profile URL, or name and company) are merged, unusable records are skipped, all in one unit of work.
 * A dry run works out the same report and stores nothing.
 */
public interface ImportContactsUseCase {
    ImportReport importContacts(List<ImportedPerson> people, boolean dryRun);

    /**
     * The same, telling {@code progress} how many records have been matched and how many contacts
     * stored so far, so a long import can show how far it has got. Implementations that cannot tell
     * simply never call it.
     */
    default ImportReport importContacts(List<ImportedPerson> people, boolean dryRun, ImportProgress progress) {
        return importContacts(people, dryRun);
    }
}
