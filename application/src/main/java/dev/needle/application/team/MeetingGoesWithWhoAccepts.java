package dev.needle.application.team;

import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Assignment;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Schedule;
import java.util.function.Supplier;

/**
 * Accepting a meeting makes the person who accepts it the one who goes, in the same unit of work,
 * unless someone was already given it. Alone on a database there is nobody else to go, so nothing is
 * written (a meeting without a row goes with the contact's owner).
 */
public final class MeetingGoesWithWhoAccepts implements AcceptMeetingUseCase {
    private final AcceptMeetingUseCase accept;
    private final AssignmentStore assignments;
    private final TeamStore team;
    private final ActingPerson acting;
    private final Transactions transactions;

    public MeetingGoesWithWhoAccepts(AcceptMeetingUseCase accept, AssignmentStore assignments, TeamStore team,
                                     ActingPerson acting, Transactions transactions) {
        this.accept = accept;
        this.assignments = assignments;
        this.team = team;
        this.acting = acting;
        this.transactions = transactions;
    }

    @Override
    public MeetingRequest accept(MeetingRequestId request, Schedule schedule, String message) {
        return goes(request, () -> accept.accept(request, schedule, message));
    }

    @Override
    public MeetingRequest accept(MeetingRequestId request, Schedule schedule, CostEstimate cost, String message) {
        return goes(request, () -> accept.accept(request, schedule, cost, message));
    }

    private MeetingRequest goes(MeetingRequestId request, Supplier<MeetingRequest> work) {
        return transactions.inTransaction(() -> {
            MeetingRequest accepted = work.get();
            if (team.team().isShared() && assignments.find(Assignment.Duty.MEETING, request.value()).isEmpty()) {
                assignments.assign(Assignment.meeting(request, acting.person().id()));
            }
            return accepted;
        });
    }
}
