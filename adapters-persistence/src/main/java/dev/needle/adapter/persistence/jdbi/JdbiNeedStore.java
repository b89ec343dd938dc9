package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Needs in SQL, their ordered targets in child rows. */
final class JdbiNeedStore implements NeedStore {
    private static final VersionedWrite WRITE = new VersionedWrite("need",
            "INSERT INTO needs (id, title, kind, priority, status, met_by, met_on, notes, version) "
                    + "VALUES (:id, :title, :kind, :priority, :status, :metBy, :metOn, :notes, 1)",
            "UPDATE needs SET title = :title, kind = :kind, priority = :priority, status = :status, met_by = :metBy, "
                    + "met_on = :metOn, notes = :notes, version = version + 1 WHERE id = :id AND version = :version");

    private final HandleScope scope;

    JdbiNeedStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Need> find(NeedId id) {
        return scope.read(handle -> load(handle, Selection.byId(id.value())).stream().findFirst());
    }

    @Override
    public List<Need> findAll() {
        return scope.read(handle -> load(handle, Selection.ALL));
    }

    @Override
    public Need save(Need need) {
        return scope.write(handle -> {
            WRITE.save(handle, need.id().value(), need.version(), update -> update
                    .bind("id", need.id().value())
                    .bind("title", need.title())
                    .bind("kind", need.kind().name())
                    .bind("priority", need.priority())
                    .bind("status", need.status().name())
                    .bind("metBy", need.metBy().map(ContactId::value).orElse(null))
                    .bindByType("metOn", need.metOn().orElse(null), LocalDate.class)
                    .bind("notes", need.notes()));
            replaceTargets(handle, need);
            return need.withVersion(need.version() + 1);
        });
    }

    @Override
    public boolean delete(NeedId id) {
        return scope.write(handle ->
                handle.createUpdate("DELETE FROM needs WHERE id = :id").bind("id", id.value()).execute() > 0);
    }

    private static void replaceTargets(Handle handle, Need need) {
        long id = need.id().value();
        handle.createUpdate("DELETE FROM need_targets WHERE need_id = :id").bind("id", id).execute();
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO need_targets (need_id, ordinal, kind, target) VALUES (:id, :ordinal, :kind, :target)");
        List<Target> targets = need.targets();
        for (int i = 0; i < targets.size(); i++) {
            batch.bind("id", id).bind("ordinal", i).bind("kind", targets.get(i).kind().name())
                    .bind("target", targets.get(i).value()).add();
        }
        Batches.run(batch);
    }

    /** Owners first, then children, for the reason given on {@code ContactRows.load}. */
    private static List<Need> load(Handle handle, Selection selection) {
        List<Need> owners = selection.query(handle, "SELECT o.* FROM needs o " + selection.where() + " ORDER BY o.priority, o.id")
                .map((rs, ctx) -> new Need(new NeedId(rs.getLong("id")), rs.getString("title"),
                        Columns.enumValue(rs, "kind", NeedKind.class), List.of(), rs.getInt("priority"),
                        Columns.enumValue(rs, "status", NeedStatus.class), Columns.id(rs, "met_by", ContactId::new),
                        Columns.date(rs, "met_on"), rs.getString("notes"), rs.getLong("version")))
                .list();
        if (owners.isEmpty()) {
            return owners;
        }
        Map<Long, List<Target>> targets = selection.children(handle,
                "SELECT c.need_id AS owner_id, c.kind, c.target FROM need_targets c JOIN needs o ON o.id = c.need_id",
                "c.need_id, c.ordinal",
                (rs, ctx) -> new Target(Columns.enumValue(rs, "kind", TargetKind.class), rs.getString("target")));
        return owners.stream()
                .map(need -> need.withDetails(need.title(), need.kind(), targets.getOrDefault(need.id().value(), List.of()), need.notes()))
                .toList();
    }
}
