package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Directions in SQL, with what the user offers in child rows; the active one has no archive date. */
final class JdbiDirectionStore implements DirectionStore {
    private static final VersionedWrite WRITE = new VersionedWrite("direction",
            "INSERT INTO directions (id, kind, statement, since, archived_on, version) "
                    + "VALUES (:id, :kind, :statement, :since, :archivedOn, 1)",
            "UPDATE directions SET kind = :kind, statement = :statement, since = :since, archived_on = :archivedOn, "
                    + "version = version + 1 WHERE id = :id AND version = :version");

    private final HandleScope scope;

    JdbiDirectionStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Direction> active() {
        // Newest first, should two sessions ever leave two unarchived directions behind.
        return scope.read(handle -> load(handle, new Selection("WHERE o.archived_on IS NULL", Map.of()), "o.since DESC, o.id DESC"))
                .stream().findFirst();
    }

    @Override
    public List<Direction> findAll() {
        return scope.read(handle -> load(handle, Selection.ALL, "o.since, o.id"));
    }

    @Override
    public Direction save(Direction direction) {
        return scope.write(handle -> {
            WRITE.save(handle, direction.id().value(), direction.version(), update -> update
                    .bind("id", direction.id().value())
                    .bind("kind", direction.kind().name())
                    .bind("statement", direction.statement())
                    .bindByType("since", direction.since(), LocalDate.class)
                    .bindByType("archivedOn", direction.archivedOn().orElse(null), LocalDate.class));
            replaceOffers(handle, direction);
            return direction.withVersion(direction.version() + 1);
        });
    }

    private static void replaceOffers(Handle handle, Direction direction) {
        long id = direction.id().value();
        handle.createUpdate("DELETE FROM direction_offers WHERE direction_id = :id").bind("id", id).execute();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO direction_offers (direction_id, tag) VALUES (:id, :tag)");
        direction.offers().forEach(tag -> batch.bind("id", id).bind("tag", tag.value()).add());
        Batches.run(batch);
    }

    /** Owners first, then children, for the reason given on {@code ContactRows.load}. */
    private static List<Direction> load(Handle handle, Selection selection, String order) {
        List<Direction> owners = selection.query(handle, "SELECT o.* FROM directions o " + selection.where() + " ORDER BY " + order)
                .map((rs, ctx) -> new Direction(new DirectionId(rs.getLong("id")),
                        Columns.enumValue(rs, "kind", DirectionKind.class), rs.getString("statement"), Set.of(),
                        Columns.requiredDate(rs, "since"), Columns.date(rs, "archived_on"), rs.getLong("version")))
                .list();
        if (owners.isEmpty()) {
            return owners;
        }
        Map<Long, List<Tag>> offers = selection.children(handle,
                "SELECT c.direction_id AS owner_id, c.tag FROM direction_offers c JOIN directions o ON o.id = c.direction_id",
                "c.direction_id", (rs, ctx) -> new Tag(rs.getString("tag")));
        return owners.stream()
                .map(d -> new Direction(d.id(), d.kind(), d.statement(), new HashSet<>(offers.getOrDefault(d.id().value(), List.of())),
                        d.since(), d.archivedOn(), d.version()))
                .toList();
    }
}
