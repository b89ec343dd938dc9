package dev.needle.application.port.in;

import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import java.util.List;

/** Who is acting in this session, and who else shares the database. */
public interface TeamUseCase {
    /** The person this session acts as. */
    Teammate me();

    /** Everyone on the team, oldest first (at least {@link #me()} once anything was written). */
    Team team();

    /** A team of one: a session that never shares its database, or a screen test. */
    static TeamUseCase alone(Teammate me) {
        return new TeamUseCase() {
            @Override
            public Teammate me() {
                return me;
            }

            @Override
            public Team team() {
                return new Team(List.of(me));
            }
        };
    }
}
