package dev.needle.application.service;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.KeepInTouch;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keep-in-touch settings in the full backup: the export and restore of every other record, with the
 * cadences read or written in the same unit of work, so a backup is one moment and a restore all or
 * nothing. Kept beside the two services rather than inside them, as the settings are beside the contacts.
 */
public final class CadenceBackup {
    private CadenceBackup() {
    }

    public static ExportBackupUseCase export(ExportBackupUseCase records, KeepInTouchStore store, Transactions tx) {
        return sink -> tx.inTransaction(() -> records.exportBackup(sink).withCadences(new Backup.Cadences(
                store.findAll().values().stream().sorted(Comparator.comparing(k -> k.contact().value())).toList(),
                store.tagDefaults())));
    }

    public static RestoreBackupUseCase restore(RestoreBackupUseCase records, KeepInTouchStore store, Transactions tx) {
        return (backup, dryRun) -> tx.inTransaction(() -> {
            Set<ContactId> contacts = backup.contacts().stream().map(Contact::id).collect(Collectors.toSet());
            for (KeepInTouch k : backup.cadences().people()) {
                if (!contacts.contains(k.contact())) {
                    throw new InvalidValueException("keep in touch", "The backup sets a cadence for contact "
                            + k.contact().value() + ", who is not in it.");
                }
            }
            RestoreBackupUseCase.Report report = records.restore(backup, dryRun);
            if (!dryRun) {
                backup.cadences().people().forEach(store::save);
                backup.cadences().tags().forEach(store::saveTagDefault);
            }
            return report;
        });
    }
}
