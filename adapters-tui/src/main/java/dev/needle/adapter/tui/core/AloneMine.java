package dev.needle.adapter.tui.core;

import dev.needle.application.port.in.AssignUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.TeamUseCase;
import dev.needle.domain.Assignments;
import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.TeammateId;
import dev.needle.domain.Whose;

/** Mine and ours for a screen test that never shares its database: everything is the one person's. */
final class AloneMine implements AssignUseCase {
    private final TeamUseCase team;

    private AloneMine(TeamUseCase team) {
        this.team = team;
    }

    static TuiUseCases.Mine of(TeamUseCase team, GetTodayUseCase today) {
        AloneMine alone = new AloneMine(team);
        MyTodayUseCase myToday = () -> {
            GetTodayUseCase.Today day = today.today();
            var due = new java.util.ArrayList<>(day.followUps().overdue());
            due.addAll(day.followUps().dueToday());
            due.addAll(day.followUps().thisWeek());
            return new MyTodayUseCase.MyDay(day, alone.whose(), due, java.util.List.of(), day.scheduledThisWeek(),
                    java.util.List.of());
        };
        return new TuiUseCases.Mine(alone, myToday);
    }

    @Override
    public Whose whose() {
        return new Whose(team.me(), team.team(), Assignments.NONE);
    }

    @Override
    public java.util.Optional<Whose> whoseIfKnown() {
        return java.util.Optional.of(whose());
    }

    @Override
    public RecordChange assignOwner(ContactId contact, TeammateId to) {
        throw nobodyElse();
    }

    @Override
    public RecordChange assignFollowUp(ContactId contact, TeammateId to) {
        throw nobodyElse();
    }

    @Override
    public RecordChange assignMeeting(MeetingRequestId request, TeammateId to) {
        throw nobodyElse();
    }

    private static IllegalStateException nobodyElse() {
        return new IllegalStateException("Nobody else shares this database.");
    }
}
