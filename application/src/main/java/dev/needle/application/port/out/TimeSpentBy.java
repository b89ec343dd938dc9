package dev.needle.application.port.out;

import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Teammate;
import java.util.List;

/**
 * Which interactions' minutes count against one teammate's weekly hours, and which scheduled meetings
 * are booked against them (their money is the team's, so every interaction and meeting counts against
 * that). The one place that decides whose time an interaction took or a meeting will take.
 */
@FunctionalInterface
public interface TimeSpentBy {
    List<Interaction> of(Teammate person, List<Interaction> interactions);

    /** Which scheduled meetings' time is booked against {@code person}'s hours: those they go to. */
    default List<MeetingRequest> goneToBy(Teammate person, List<MeetingRequest> scheduled) {
        return scheduled;
    }

    /**
     * Until interactions record who logged them, every interaction counts against each person's
     * hours: a team of one loses nothing, and a team sees the hours it spent together.
     */
    static TimeSpentBy everyone() {
        return (person, interactions) -> interactions;
    }
}
