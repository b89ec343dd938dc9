package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.domain.OwnLimits;
import dev.needle.domain.Tag;
import dev.needle.domain.TeammateId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Each teammate's own offers and weekly hours in SQL (V24): a row a person, their offers beside it. */
final class JdbiPersonalLimitsStore implements PersonalLimitsStore {
    private final HandleScope scope;

    JdbiPersonalLimitsStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public List<OwnLimits> findAll() {
        return scope.read(handle -> {
            Map<Long, Set<Tag>> offers = new HashMap<>();
            handle.createQuery("SELECT teammate_id, tag FROM teammate_offers").map((rs, ctx) -> {
                offers.computeIfAbsent(rs.getLong("teammate_id"), id -> new HashSet<>()).add(new Tag(rs.getString("tag")));
                return null;
            }).list();
            return handle.createQuery("SELECT teammate_id, offers_set, weekly_minutes FROM teammate_limits "
                            + "ORDER BY teammate_id")
                    .map((rs, ctx) -> {
                        long id = rs.getLong("teammate_id");
                        int minutes = rs.getInt("weekly_minutes");
                        Optional<Integer> weekly = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
                        Optional<Set<Tag>> own = rs.getBoolean("offers_set")
                                ? Optional.of(offers.getOrDefault(id, Set.of())) : Optional.empty();
                        return new OwnLimits(new TeammateId(id), own, weekly);
                    })
                    .list();
        });
    }

    /** Replaced whole, last writer wins, like the budget: a person sets their own limits only. */
    @Override
    public void save(OwnLimits limits) {
        scope.write(handle -> {
            long id = limits.person().value();
            handle.createUpdate("DELETE FROM teammate_offers WHERE teammate_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM teammate_limits WHERE teammate_id = :id").bind("id", id).execute();
            if (limits.isEmpty()) {
                return null;
            }
            handle.createUpdate("INSERT INTO teammate_limits (teammate_id, offers_set, weekly_minutes) "
                            + "VALUES (:id, :set, :weekly)")
                    .bind("id", id).bind("set", limits.offers().isPresent())
                    .bindByType("weekly", limits.weeklyMinutes().orElse(null), Integer.class).execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO teammate_offers (teammate_id, tag) VALUES (:id, :tag)");
            limits.offers().orElse(Set.of()).forEach(tag -> batch.bind("id", id).bind("tag", tag.value()).add());
            Batches.run(batch);
            return null;
        });
    }
}
