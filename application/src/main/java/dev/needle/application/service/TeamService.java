package dev.needle.application.service;

import dev.needle.application.port.in.TeamUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;

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
        return store.team().including(me);
    }
}
