package dev.needle.application.port.in;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Brings people from another program in: new people are created, people already known (by email,
 * profile URL, or name and company) are merged, unusable records are skipped, all in one unit of work.
 * A dry run works out the same report and stores nothing.
 */
public interface ImportContactsUseCase {
    ImportReport importContacts(List<ImportedPerson> people, boolean dryRun);

    /**
     * The same, telling {@code recordsDone} how many records have been matched so far, so a long
     * import can show how far it has got. Implementations that cannot tell simply never call it.
     */
    default ImportReport importContacts(List<ImportedPerson> people, boolean dryRun, IntConsumer recordsDone) {
        return importContacts(people, dryRun);
    }
}
