package dev.needle.application.port.out;

import dev.needle.domain.Team;
import dev.needle.domain.Teammate;

/** The people sharing the database. People join; nobody is removed, since records keep naming them. */
public interface TeamStore {
    /** Everyone on the team, oldest first; empty for a database nobody has opened since teams came. */
    Team team();

    /**
     * Adds {@code newcomer} unless someone of that name (ignoring case) is already on the team, and returns
     * whoever the team has by that name afterwards: two sessions joining as "Bob" at once end up as one Bob.
     */
    Teammate join(Teammate newcomer);
}
