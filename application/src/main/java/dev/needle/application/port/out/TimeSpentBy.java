package dev.needle.application.port.out;

import dev.needle.domain.Interaction;
import dev.needle.domain.Teammate;
import java.util.List;

/**
 * Which interactions' minutes count against one teammate's weekly hours (their money is the
 * team's, so every interaction counts against that). The one place that decides whose time an
 * interaction took.
 */
@FunctionalInterface
public interface TimeSpentBy {
    List<Interaction> of(Teammate person, List<Interaction> interactions);

    /**
     * Until interactions record who logged them, every interaction counts against each person's
     * hours: a team of one loses nothing, and a team sees the hours it spent together.
     */
    static TimeSpentBy everyone() {
        return (person, interactions) -> interactions;
    }
}
