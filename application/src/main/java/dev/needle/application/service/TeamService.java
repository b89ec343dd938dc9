package dev.needle.application.service;

import dev.needle.application.port.in.TeamUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.util.ArrayList;
import java.util.List;

/** The session's person and the team, as the store has them. */
public final class TeamService implements TeamUseCase {
    private final ActingPerson acting;
    private final TeamStore store;

    public TeamService(ActingPerson acting, TeamStore store) {
        this.acting = acting;
        this.store = store;
    }

    @Override
    public Teammate me() {
        return acting.person();
    }

    @Override
    public Team team() {
        // Asked after me(): a person joining on first use is on the team this returns.
        Teammate me = me();
        Team team = store.team();
        return team.find(me.id()).isPresent() ? team : new Team(concat(team, me));
    }

    private static List<Teammate> concat(Team team, Teammate me) {
        List<Teammate> members = new ArrayList<>(team.members());
        members.add(me);
        return members;
    }
}
