package dev.needle.application.team;

import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.domain.Interaction;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.Whose;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A teammate's hours are spent by the interactions they logged, as the marks record who met: an
 * interaction logged before the team existed was the founder's. On a team of one every interaction
 * is that person's, and nothing is read. A meeting still to come is booked against whoever goes to it.
 */
public final class SpentByWhoMet implements TimeSpentBy {
    private final RecordMarks marks;
    private final TeamStore team;
    private final AssignmentStore assignments;

    public SpentByWhoMet(RecordMarks marks, TeamStore team, AssignmentStore assignments) {
        this.marks = marks;
        this.team = team;
        this.assignments = assignments;
    }

    @Override
    public List<MeetingRequest> goneToBy(Teammate person, List<MeetingRequest> scheduled) {
        Team everyone = team.team().including(person);
        if (!everyone.isShared() || scheduled.isEmpty()) {
            return scheduled;
        }
        Whose whose = new Whose(person, everyone, assignments.all());
        return scheduled.stream().filter(whose::meets).toList();
    }

    @Override
    public List<Interaction> of(Teammate person, List<Interaction> interactions) {
        Team everyone = team.team();
        if (!everyone.isShared() || interactions.isEmpty()) {
            return interactions;
        }
        Map<Long, RecordMark> marked = marks.of(RecordKind.INTERACTION,
                interactions.stream().map(i -> i.id().value()).toList());
        return interactions.stream().filter(i -> {
            RecordMark mark = marked.get(i.id().value());
            Optional<TeammateId> by = mark == null ? Optional.empty()
                    : mark.added().map(RecordMark.Stamp::by);
            return everyone.whoIs(by).map(who -> who.id().equals(person.id())).orElse(true);
        }).toList();
    }
}
