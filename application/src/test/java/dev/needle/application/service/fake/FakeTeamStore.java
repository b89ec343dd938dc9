package dev.needle.application.service.fake;

import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.util.ArrayList;
import java.util.List;

/** The team in memory, for service tests. */
public final class FakeTeamStore implements TeamStore, Rollback {
    private List<Teammate> members = new ArrayList<>();

    @Override
    public synchronized Team team() {
        return new Team(List.copyOf(members));
    }

    @Override
    public synchronized Teammate join(Teammate newcomer) {
        for (Teammate member : members) {
            if (member.nameKey().equals(newcomer.nameKey())) {
                return member;
            }
        }
        members.add(newcomer);
        return newcomer;
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Teammate> copy = new ArrayList<>(members);
        return () -> {
            synchronized (this) {
                members = new ArrayList<>(copy);
            }
        };
    }
}
