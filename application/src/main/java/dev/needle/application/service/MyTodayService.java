package dev.needle.application.service;

import dev.needle.application.port.in.AssignUseCase;
import dev.needle.application.port.in.GetTodayUseCase;
import dev.needle.application.port.in.GetTodayUseCase.Meeting;
import dev.needle.application.port.in.GetTodayUseCase.Today;
import dev.needle.application.port.in.MyTodayUseCase;
import dev.needle.domain.Contact;
import dev.needle.domain.Whose;
import java.util.ArrayList;
import java.util.List;

/** Splits the day into the acting person's follow-ups and meetings and the team's. */
public final class MyTodayService implements MyTodayUseCase {
    private final GetTodayUseCase today;
    private final AssignUseCase assignments;

    public MyTodayService(GetTodayUseCase today, AssignUseCase assignments) {
        this.today = today;
        this.assignments = assignments;
    }

    @Override
    public MyDay myDay() {
        Today day = today.today();
        Whose whose = assignments.whose();
        List<Contact> due = new ArrayList<>(day.followUps().overdue());
        due.addAll(day.followUps().dueToday());
        due.addAll(day.followUps().thisWeek());
        List<Contact> mine = new ArrayList<>();
        List<Contact> theirs = new ArrayList<>();
        due.forEach(c -> (whose.followsUp(c.id()) ? mine : theirs).add(c));
        List<Meeting> myMeetings = new ArrayList<>();
        List<Meeting> theirMeetings = new ArrayList<>();
        day.scheduledThisWeek().forEach(m -> (whose.meets(m.request()) ? myMeetings : theirMeetings).add(m));
        return new MyDay(day, whose, mine, theirs, myMeetings, theirMeetings);
    }
}
