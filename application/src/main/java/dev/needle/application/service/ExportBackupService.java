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
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.Need;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads every store inside one unit of work, so the backup is one consistent moment, in id order. */
public final class ExportBackupService implements ExportBackupUseCase {
    /** Earlier than any interaction a person logs; the store has no "all" query for a log of facts. */
    static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    /** Enough for a writer to keep busy on while the next page is read, few enough to hold nothing much. */
    static final int CONTACTS_PER_PAGE = 1000;

    private final Stores stores;

    public ExportBackupService(DirectionStore directions, NeedStore needs, ContactStore contacts, EventStore events,
                               InteractionStore interactions, MeetingRequestStore requests, BudgetStore budget,
                               Transactions transactions) {
        this.stores = new Stores(directions, needs, contacts, events, interactions, requests, budget, transactions);
    }

    @Override
    public Backup exportBackup(Sink sink) {
        return stores.transactions().inTransaction(() -> {
            List<Direction> directions = sorted(stores.directions().findAll(), Comparator.comparing(Direction::id));
            List<Need> needs = sorted(stores.needs().findAll(), Comparator.comparing(Need::id));
            sink.head(new Backup(directions, needs, List.of(), List.of(), List.of(), List.of(), Optional.empty()));
            Optional<ContactId> after = Optional.empty();
            List<Contact> page;
            do {
                page = stores.contacts().findAfter(after, CONTACTS_PER_PAGE);
                if (!page.isEmpty()) {
                    sink.contacts(page);
                    after = Optional.of(page.get(page.size() - 1).id());
                }
            } while (page.size() == CONTACTS_PER_PAGE);
            return new Backup(directions, needs, List.of(),
                    sorted(stores.events().findAll(), Comparator.comparing(Event::id)),
                    sorted(stores.interactions().findFrom(BEGINNING), Comparator.comparing(Interaction::id)),
                    stores.requests().findAll(),
                    stores.budget().get());
        });
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
