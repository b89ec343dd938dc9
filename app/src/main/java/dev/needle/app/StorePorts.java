package dev.needle.app;

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
import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.application.port.out.SentReminders;
import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.Transactions;

/** The outgoing store ports of one opened database, whichever adapter opened it. */
record StorePorts(ContactStore contacts, NeedStore needs, DirectionStore directions, EventStore events,
                  InteractionStore interactions, MeetingRequestStore meetingRequests, BudgetStore budget,
                  Transactions transactions, IdSource ids, ChangeCounter changes, KeepInTouchStore keepInTouch,
                  SentReminders sentReminders, LoggedSources loggedSources, SyncStateStore syncStates,
                  TeamStore team, RecordMarks marks, AssignmentStore assignments, PrivateNoteStore privateNotes,
                  PersonalLimitsStore personalLimits) {

    /** The same ports with {@code replaced} as the contact store (a session's decorations of it). */
    StorePorts withContacts(ContactStore replaced) {
        return new StorePorts(replaced, needs, directions, events, interactions, meetingRequests, budget, transactions,
                ids, changes, keepInTouch, sentReminders, loggedSources, syncStates, team, marks, assignments,
                privateNotes, personalLimits);
    }
}
