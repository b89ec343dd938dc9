package dev.needle.application.service.fake;

import dev.needle.application.port.out.Transactions;
import dev.needle.domain.KeepInTouch;
import java.time.LocalDate;

/** One set of fakes sharing a clock, an id sequence and a unit of work, as one database would. */
public final class Fakes {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 18); // a Wednesday

    public final FakeContactStore contacts = new FakeContactStore();
    public final FakeNeedStore needs = new FakeNeedStore();
    public final FakeDirectionStore directions = new FakeDirectionStore();
    public final FakeEventStore events = new FakeEventStore();
    public final FakeInteractionStore interactions = new FakeInteractionStore();
    public final FakeMeetingRequestStore requests = new FakeMeetingRequestStore();
    public final FakeBudgetStore budget = new FakeBudgetStore();
    public final FakeKeepInTouchStore keepInTouch = new FakeKeepInTouchStore(interactions);
    public final FakeTeamStore team = new FakeTeamStore();
    public final FakeRecordMarks marks = new FakeRecordMarks();
    public final FakeAssignmentStore assignments = new FakeAssignmentStore();
    public final FakePrivateNoteStore privateNotes = new FakePrivateNoteStore(id -> contacts.find(id).isPresent());
    public final FakePersonalLimitsStore limits = new FakePersonalLimitsStore();
    /** Kept in the state folder, not the database; here beside the rest, as one machine's would be. */
    public final FakeDraftStore drafts = new FakeDraftStore();
    public final FixedClock clock = new FixedClock(TODAY);
    public final SequenceIds ids = new SequenceIds(1000);
    public final Transactions transactions =
            new SnapshotTransactions(contacts, needs, directions, events, interactions, requests, budget, keepInTouch, team,
                    marks, assignments, privateNotes, limits);
    public final FakeChangeCounter changes = new FakeChangeCounter(this);

    public Fakes() {
        contacts.cascadeDeletesTo(id -> {
            interactions.findByContact(id).forEach(i -> interactions.delete(i.id()));
            requests.findByContact(id).forEach(r -> requests.map.delete(r.id()));
            keepInTouch.find(id).ifPresent(k -> keepInTouch.save(KeepInTouch.none(id, k.since())));
            privateNotes.deleteContact(id);
        });
    }
}
