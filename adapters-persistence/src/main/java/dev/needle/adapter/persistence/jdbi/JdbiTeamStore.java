package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The team in SQL (V16), one row per person. */
final class JdbiTeamStore implements TeamStore {
    private final HandleScope scope;

    JdbiTeamStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Team team() {
        return scope.read(handle -> new Team(handle.createQuery("SELECT id, name, joined_on FROM teammates ORDER BY id")
                .map((rs, ctx) -> new Teammate(new TeammateId(rs.getLong("id")), rs.getString("name"),
                        Columns.requiredDate(rs, "joined_on")))
                .list()));
    }

    @Override
    public Teammate join(Teammate newcomer) {
        return scope.write(handle -> {
            // Asked first: in one H2 transaction the NOT EXISTS below missed the row an earlier join had
            // inserted (a restore joins its people, then its team) and the insert broke the unique index.
            Optional<Teammate> there = namedIfThere(handle, newcomer.nameKey());
            if (there.isPresent()) {
                return there.get();
            }
            // Insert only when the name is free; the unique index on name_key settles two joins at once.
            handle.createUpdate("INSERT INTO teammates (id, name, name_key, joined_on) SELECT :id, :name, :key, :on "
                            + "FROM (SELECT 1 AS one) AS single WHERE NOT EXISTS "
                            + "(SELECT 1 FROM teammates WHERE name_key = :key)")
                    .bind("id", newcomer.id().value()).bind("name", newcomer.name()).bind("key", newcomer.nameKey())
                    .bindByType("on", newcomer.joinedOn(), LocalDate.class).execute();
            return named(handle, newcomer.nameKey());
        });
    }

    private static Teammate named(Handle handle, String key) {
        return namedIfThere(handle, key).orElseThrow();
    }

    private static Optional<Teammate> namedIfThere(Handle handle, String key) {
        return handle.createQuery("SELECT id, name, joined_on FROM teammates WHERE name_key = :key").bind("key", key)
                .map((rs, ctx) -> new Teammate(new TeammateId(rs.getLong("id")), rs.getString("name"),
                        Columns.requiredDate(rs, "joined_on")))
                .findOne();
    }
}
