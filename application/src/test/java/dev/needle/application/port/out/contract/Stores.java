package dev.needle.application.port.out.contract;

import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ChangeCounter;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.Transactions;

/**
 * Every outgoing persistence port of one database, as an adapter under test supplies them: the stores
 * share the data, the transactions and the id source, so a contract can check what crosses stores.
 */
public record Stores(ContactStore contacts, NeedStore needs, DirectionStore directions, EventStore events,
                     InteractionStore interactions, MeetingRequestStore meetingRequests, BudgetStore budget,
                     Transactions transactions, IdSource ids, ChangeCounter changes) {
}
