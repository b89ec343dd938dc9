package dev.needle.application.service;

import dev.needle.application.NotEmptyException;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import java.util.function.UnaryOperator;

/**
 * Writes a backup into an empty database in one unit of work. The stores only insert at version 1
 * and count up by one per save, so a record is saved as often as its version says: slower than a
 * raw copy, but it goes through the same optimistic-locking path as every other write.
 */
public final class RestoreBackupService implements RestoreBackupUseCase {
    private final ExportBackupService.Stores stores;
    private final IdSource ids;

    public RestoreBackupService(DirectionStore directions, NeedStore needs, ContactStore contacts, EventStore events,
                                InteractionStore interactions, MeetingRequestStore requests, BudgetStore budget,
                                IdSource ids, Transactions transactions) {
        this.stores = new ExportBackupService.Stores(directions, needs, contacts, events, interactions, requests,
                budget, transactions);
        this.ids = ids;
    }

    @Override
    public Report restore(Backup backup, boolean dryRun) {
        return stores.transactions().inTransaction(() -> {
            int present = recordsPresent();
            if (present > 0) {
                throw new NotEmptyException(present);
            }
            if (!dryRun) {
                write(backup);
            }
            return new Report(backup.directions().size(), backup.needs().size(), backup.contacts().size(),
                    backup.events().size(), backup.interactions().size(), backup.meetingRequests().size(),
                    backup.budget().isPresent(), dryRun);
        });
    }

    private int recordsPresent() {
        // Interactions belong to contacts, so no contacts means no interactions.
        return stores.directions().findAll().size() + stores.needs().findAll().size()
                + stores.contacts().findAll().size() + stores.events().findAll().size()
                + stores.requests().findAll().size() + (stores.budget().get().isPresent() ? 1 : 0);
    }

    private void write(Backup backup) {
        ids.skipPast(backup.highestId());
        backup.directions().forEach(d -> upToVersion(d, d.version(), Direction::withVersion, stores.directions()::save));
        backup.needs().forEach(n -> upToVersion(n, n.version(), Need::withVersion, stores.needs()::save));
        backup.contacts().forEach(c -> upToVersion(c, c.version(), Contact::withVersion, stores.contacts()::save));
        backup.events().forEach(e -> upToVersion(e, e.version(), Event::withVersion, stores.events()::save));
        backup.interactions().forEach(stores.interactions()::add);
        backup.meetingRequests().forEach(r -> upToVersion(r, r.version(), MeetingRequest::withVersion,
                stores.requests()::save));
        backup.budget().ifPresent(stores.budget()::set);
    }

    /** Inserts the record, then saves it again until the store's version equals the backup's. */
    private static <T> void upToVersion(T record, long version, VersionSetter<T> withVersion, UnaryOperator<T> save) {
        save.apply(withVersion.apply(record, 0));
        for (long v = 1; v < version; v++) {
            save.apply(withVersion.apply(record, v));
        }
    }

    @FunctionalInterface
    private interface VersionSetter<T> {
        T apply(T record, long version);
    }
}
