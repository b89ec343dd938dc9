package dev.needle.application.port.in;

import dev.needle.domain.Contact;
import java.util.ArrayList;
import java.util.List;

/** Reads every record of every store in one consistent unit, for a backup or an export. */
public interface ExportBackupUseCase {
    /** Every record, held whole. */
    default Backup exportBackup() {
        List<Contact> contacts = new ArrayList<>();
        Backup rest = exportBackup(new Sink() {
            @Override
            public void head(Backup head) {
                // the same records come back in the rest
            }

            @Override
            public void contacts(List<Contact> page) {
                contacts.addAll(page);
            }
        });
        return rest.withContacts(contacts);
    }

    /**
     * The same records in the same unit of work, handed on in a backup file's order as they are read, so
     * a writer can write the contacts (nearly all of a large backup) while the rest is read, and nobody
     * holds all of them: {@code sink} gets the records a file holds before its contacts, then the
     * contacts in id order, a page at a time. Returns every record but the contacts.
     */
    Backup exportBackup(Sink sink);

    /** Where a backup goes while it is read. */
    interface Sink {
        /**
         * Called once, before any contact: a backup with the directions, the needs and the private notes
         * (whether a file warns that it holds the team's notes is said at its top), and no contacts.
         */
        void head(Backup head);

        /** The next contacts in id order, none of them seen before. */
        void contacts(List<Contact> page);
    }
}
