package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.util.List;

/** The team held in memory beside the other tables. */
final class InMemoryTeamStore implements TeamStore {
    private final InMemoryDatabase db;

    InMemoryTeamStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Team team() {
        return db.locked(() -> new Team(List.copyOf(db.teammates.all())));
    }

    @Override
    public Teammate join(Teammate newcomer) {
        return db.locked(() -> {
            for (Teammate member : db.teammates.all()) {
                if (member.nameKey().equals(newcomer.nameKey())) {
                    return member;
                }
            }
            db.teammates.put(newcomer);
            return newcomer;
        });
    }
}
