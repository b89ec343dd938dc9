package dev.needle.application.service;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.Need;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Reads every store inside one unit of work, so the backup is one consistent moment, in id order. */
public final class ExportBackupService implements ExportBackupUseCase {
    /** Earlier than any interaction a person logs; the store has no "all" query for a log of facts. */
    static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private final Stores stores;

    public ExportBackupService(DirectionStore directions, NeedStore needs, ContactStore contacts, EventStore events,
                               InteractionStore interactions, MeetingRequestStore requests, BudgetStore budget,
                               Transactions transactions) {
        this.stores = new Stores(directions, needs, contacts, events, interactions, requests, budget, transactions);
    }

    @Override
    public Backup exportBackup() {
        return stores.transactions().inTransaction(() -> new Backup(
                sorted(stores.directions().findAll(), Comparator.comparing(Direction::id)),
                sorted(stores.needs().findAll(), Comparator.comparing(Need::id)),
                stores.contacts().findAll(),
                sorted(stores.events().findAll(), Comparator.comparing(Event::id)),
                sorted(stores.interactions().findFrom(BEGINNING), Comparator.comparing(Interaction::id)),
                stores.requests().findAll(),
                stores.budget().get()));
    }

    private static <T> List<T> sorted(List<T> records, Comparator<T> order) {
        return records.stream().sorted(order).toList();
    }

    /** The stores a backup reads and a restore writes. */
    record Stores(DirectionStore directions, NeedStore needs, ContactStore contacts, EventStore events,
                  InteractionStore interactions, MeetingRequestStore requests, BudgetStore budget,
                  Transactions transactions) {
    }
}
