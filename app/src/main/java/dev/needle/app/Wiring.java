package dev.needle.app;

import dev.needle.adapter.persistence.memory.InMemoryPersistence;
import dev.needle.adapter.tui.core.TuiUseCases;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.triage.TriageSettings;

/**
 * The composition root's wiring, offered to the benchmarks so they measure exactly what a real run
 * builds instead of a copy that drifts from it.
 */
public final class Wiring {
    private Wiring() {}

    /** The full-screen UI's use cases over an in-memory database. */
    public static TuiUseCases tuiOverMemory(InMemoryPersistence db, ClockPort clock, TriageSettings triage) {
        StorePorts stores = new StorePorts(db.contacts(), db.needs(), db.directions(), db.events(), db.interactions(),
                db.meetingRequests(), db.budget(), db.transactions(), db.ids(), db.changes(), db.keepInTouch(),
                db.sentReminders(), db.loggedSources(), db.syncStates(), db.team(), db.marks(), db.assignments(), db.privateNotes(),
                db.personalLimits());
        return TerminalUi.forTui(UseCases.wire(stores, clock, triage, MeetingDefaults.standard(),
                LocalPerson.ofAccount(stores, clock)));
    }
}
