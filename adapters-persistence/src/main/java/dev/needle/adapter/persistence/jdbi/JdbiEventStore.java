package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.EventStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Networking events in SQL, the contacts expected there in child rows. */
final class JdbiEventStore implements EventStore {
    private static final VersionedWrite WRITE = new VersionedWrite("event",
            "INSERT INTO events (id, name, held_on, starts_at, ends_at, place, notes, version) "
                    + "VALUES (:id, :name, :heldOn, :startsAt, :endsAt, :place, :notes, 1)",
            "UPDATE events SET name = :name, held_on = :heldOn, starts_at = :startsAt, ends_at = :endsAt, place = :place, "
                    + "notes = :notes, version = version + 1 WHERE id = :id AND version = :version");

    private final HandleScope scope;

    JdbiEventStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return scope.read(handle -> load(handle, Selection.byId(id.value())).stream().findFirst());
    }

    @Override
    public List<Event> findAll() {
        return scope.read(handle -> load(handle, Selection.ALL));
    }

    /** Every event is walked (no index on the day: a book holds hundreds of events, not thousands), its guests only for those found. */
    @Override
    public List<Event> findBetween(LocalDate first, LocalDate last) {
        return scope.read(handle -> load(handle, Selection.where("o.held_on >= :first AND o.held_on <= :last",
                Map.of("first", first, "last", last))));
    }

    @Override
    public Event save(Event event) {
        return scope.write(handle -> {
            WRITE.save(handle, event.id().value(), event.version(), update -> update
                    .bind("id", event.id().value())
                    .bind("name", event.name())
                    .bindByType("heldOn", event.date(), LocalDate.class)
                    .bindByType("startsAt", event.time().start().orElse(null), LocalTime.class)
                    .bindByType("endsAt", event.time().end().orElse(null), LocalTime.class)
                    .bind("place", event.place())
                    .bind("notes", event.notes()));
            replaceExpected(handle, event);
            return event.withVersion(event.version() + 1);
        });
    }

    @Override
    public boolean delete(EventId id) {
        return scope.write(handle ->
                handle.createUpdate("DELETE FROM events WHERE id = :id").bind("id", id.value()).execute() > 0);
    }

    private static void replaceExpected(Handle handle, Event event) {
        long id = event.id().value();
        handle.createUpdate("DELETE FROM event_expected WHERE event_id = :id").bind("id", id).execute();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO event_expected (event_id, contact_id) VALUES (:id, :contact)");
        event.expected().forEach(contact -> batch.bind("id", id).bind("contact", contact.value()).add());
        Batches.run(batch);
    }

    /** Owners first, then children, for the reason given on {@code ContactRows.load}. */
    private static List<Event> load(Handle handle, Selection selection) {
        List<Event> owners = selection.query(handle, "SELECT o.* FROM events o " + selection.where() + " ORDER BY o.held_on, o.starts_at NULLS FIRST, o.id")
                .map((rs, ctx) -> new Event(new EventId(rs.getLong("id")), rs.getString("name"),
                        Columns.requiredDate(rs, "held_on"),
                        EventTime.of(Columns.time(rs, "starts_at"), Columns.time(rs, "ends_at")), rs.getString("place"), rs.getString("notes"), Set.of(),
                        rs.getLong("version")))
                .list();
        if (owners.isEmpty()) {
            return owners;
        }
        Map<Long, List<ContactId>> expected = selection.children(handle,
                "SELECT c.event_id AS owner_id, c.contact_id FROM event_expected c JOIN events o ON o.id = c.event_id",
                "c.event_id", (rs, ctx) -> new ContactId(rs.getLong("contact_id")));
        return owners.stream()
                .map(e -> new Event(e.id(), e.name(), e.date(), e.time(), e.place(), e.notes(),
                        new HashSet<>(expected.getOrDefault(e.id().value(), List.of())), e.version()))
                .toList();
    }
}
