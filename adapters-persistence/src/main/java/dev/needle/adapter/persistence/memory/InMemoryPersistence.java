package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.BudgetStore;
import dev.needle.application.port.out.ChangeCounter;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.KeepInTouchStore;
import dev.needle.application.port.out.LoggedSources;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.Transactions;

/**
 * Opens an empty database that lives only in this process: for tests, demos and trying Needle out.
 * Every store it hands out shares the same data, transactions and ids.
 */
public final class InMemoryPersistence {
    private final ContactStore contacts;
    private final NeedStore needs;
    private final DirectionStore directions;
    private final EventStore events;
    private final InteractionStore interactions;
    private final MeetingRequestStore meetingRequests;
    private final BudgetStore budget;
    private final Transactions transactions;
    private final IdSource ids;
    private final ChangeCounter changes;
    private final InMemoryKeepInTouchStore keepInTouch;
    private final LoggedSources loggedSources;
    private final SyncStateStore syncStates;
    private final TeamStore team;
    private final RecordMarks marks;
    private final AssignmentStore assignments;
    private final PrivateNoteStore privateNotes;
    private final PersonalLimitsStore personalLimits;

    private InMemoryPersistence(InMemoryDatabase db) {
        contacts = new InMemoryContactStore(db);
        needs = new InMemoryNeedStore(db);
        directions = new InMemoryDirectionStore(db);
        events = new InMemoryEventStore(db);
        interactions = new InMemoryInteractionStore(db);
        meetingRequests = new InMemoryMeetingRequestStore(db);
        budget = new InMemoryBudgetStore(db);
        transactions = new InMemoryTransactions(db);
        ids = new InMemoryIdSource();
        changes = new InMemoryChangeCounter(db);
        keepInTouch = new InMemoryKeepInTouchStore(db);
        loggedSources = new InMemoryLoggedSources(db);
        syncStates = new InMemorySyncStateStore(db);
        team = new InMemoryTeamStore(db);
        marks = new InMemoryRecordMarks(db);
        assignments = new InMemoryAssignmentStore(db);
        privateNotes = new InMemoryPrivateNoteStore(db);
        personalLimits = new InMemoryPersonalLimitsStore(db);
    }

    public static InMemoryPersistence open() {
        return new InMemoryPersistence(new InMemoryDatabase());
    }

    public ContactStore contacts() {
        return contacts;
    }

    public NeedStore needs() {
        return needs;
    }

    public DirectionStore directions() {
        return directions;
    }

    public EventStore events() {
        return events;
    }

    public InteractionStore interactions() {
        return interactions;
    }

    public MeetingRequestStore meetingRequests() {
        return meetingRequests;
    }

    public BudgetStore budget() {
        return budget;
    }

    public KeepInTouchStore keepInTouch() {
        return keepInTouch;
    }

    public SentReminders sentReminders() {
        return keepInTouch;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Each teammate's private notes on contacts. */
    public PrivateNoteStore privateNotes() {
        return privateNotes;
    }

    /** The people sharing this database. */
    public TeamStore team() {
        return team;
    }

    /** Who added, changed and decided each record. */
    public RecordMarks marks() {
        return marks;
    }

    /** Who owns each contact, does its follow-up, goes to each meeting. */
    public AssignmentStore assignments() {
        return assignments;
    }

    /** What each teammate set for themselves: offers and weekly hours. */
    public PersonalLimitsStore personalLimits() {
        return personalLimits;
    }

    /** The source keys logging from mail and calendars has used. */
    public LoggedSources loggedSources() {
        return loggedSources;
    }

    public IdSource ids() {
        return ids;
    }

    /** Moves with every write to any of these stores. */
    public ChangeCounter changes() {
        return changes;
    }

    /** The state of two-way syncs with vdir folders. */
    public SyncStateStore syncStates() {
        return syncStates;
    }
}
