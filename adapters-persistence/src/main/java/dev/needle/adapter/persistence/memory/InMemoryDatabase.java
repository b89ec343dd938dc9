package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.LoggedSources;
import dev.needle.domain.Assignment;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.RecordMark;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Every table of the in-memory stores behind one lock. Each store call holds the lock, and a
 * transaction holds it throughout, so two sessions in one process never see half of each other's
 * work and a rollback can never erase a write made by another session.
 */
final class InMemoryDatabase {
    /** The budget table has a single row under this key. */
    static final String THE_BUDGET = "budget";

    final Table<ContactId, Contact> contacts =
            Table.versioned("contact", Contact::id, Contact::version, Contact::withVersion);
    final Table<NeedId, Need> needs = Table.versioned("need", Need::id, Need::version, Need::withVersion);
    final Table<DirectionId, Direction> directions =
            Table.versioned("direction", Direction::id, Direction::version, Direction::withVersion);
    final Table<EventId, Event> events = Table.versioned("event", Event::id, Event::version, Event::withVersion);
    final Table<MeetingRequestId, MeetingRequest> meetingRequests =
            Table.versioned("meeting request", MeetingRequest::id, MeetingRequest::version, MeetingRequest::withVersion);
    final Table<LogKey, Interaction> interactions = Table.plain("interaction", LogKey::of);
    final Table<String, Budget> budget = Table.plain("budget", any -> THE_BUDGET);
    final Table<ContactId, KeepInTouch> keepInTouch = Table.plain("keep-in-touch setting", KeepInTouch::contact);
    final Table<Tag, TagCadence> tagCadences = Table.plain("tag cadence", TagCadence::tag);
    /** Each reminder sent as "day|key"; the day comes first so a day's keys sit together. */
    final Table<String, String> sentReminders = Table.plain("sent reminder", key -> key);
    /** Kept beside the contacts, and rolled back with them, so a change that never happened is never reported. */
    final Table<ContactId, ContactStamp> contactStamps = Table.plain("contact revision", ContactStamp::id);
    final Table<String, LoggedSource> loggedSources = Table.plain("logged source", LoggedSource::key);
    /** The vdir sync state (needle sync vdir), rolled back with the contacts it describes. */
    final Table<String, InMemorySyncStateStore.SyncStateRow> syncStates =
            Table.plain("sync state", InMemorySyncStateStore.SyncStateRow::key);

    final Table<TeammateId, Teammate> teammates = Table.plain("teammate", Teammate::id);
    /** Who did what, by "kind|id"; rolled back with the changes the marks describe. */
    final Table<String, RecordMark> marks = Table.plain("record mark", InMemoryRecordMarks::key);
    final Table<String, Assignment> assignments =
            Table.plain("assignment", a -> InMemoryAssignmentStore.key(a.duty(), a.record()));
    final Table<InMemoryPrivateNoteStore.Key, PrivateNote> privateNotes =
            Table.plain("private note", InMemoryPrivateNoteStore.Key::of);
    final Table<TeammateId, OwnLimits> personalLimits = Table.plain("teammate's limits", OwnLimits::person);

    private final List<Table<?, ?>> tables =
            List.of(contacts, needs, directions, events, meetingRequests, interactions, budget, contactStamps, keepInTouch,
                    tagCadences, sentReminders, loggedSources, syncStates, teammates, marks, assignments, privateNotes,
                    personalLimits);
    /** Only counts up, even over a rollback, like a database sequence: no revision is ever handed out twice. */
    private final AtomicLong contactRevision = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();

    /** A source key logging used, and what it became. */
    record LoggedSource(String key, LoggedSources.Kind kind, long recordId, LocalDate on) {
    }

    /** Everything the tables held at one moment. */
    record Snapshot(List<Runnable> restorers) {
    }

    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Stamps a contact's save or delete with the next revision; call while holding the lock. */
    void stampContact(ContactId id, boolean deleted) {
        requireLock();
        contactStamps.put(new ContactStamp(id, contactRevision.incrementAndGet(), deleted));
    }

    /** Every contact change is stamped at or below this; a rolled-back one may have moved it on, as with a sequence. */
    long contactRevision() {
        requireLock();
        return contactRevision.get();
    }

    /** The writes every table took so far: moves with each write; call while holding the lock. */
    long changeCount() {
        requireLock();
        return tables.stream().mapToLong(Table::writes).sum();
    }

    /** True while this thread is inside a transaction that started further out (the caller holds the lock too). */
    boolean isNested() {
        return lock.getHoldCount() > 1;
    }

    /** Copies every table; cost grows with the data, which is fine for the small in-memory databases this serves. */
    Snapshot snapshot() {
        requireLock();
        return new Snapshot(tables.stream().map(Table::checkpoint).toList());
    }

    void restore(Snapshot snapshot) {
        requireLock();
        snapshot.restorers().forEach(Runnable::run);
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Snapshots are taken and restored only while holding the database lock.");
        }
    }
}
