package dev.needle.application.port.in;

import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.FollowUps;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.NeedProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day at a glance: follow-ups due, people met at an event still waiting for a decision, meeting
 * requests waiting for triage, meetings scheduled in the coming week, the budget and the needs.
 */
public interface GetTodayUseCase {
    Today today();

    /** A request with the person it is with, so a list can name them. */
    record Meeting(MeetingRequest request, Contact contact) {
    }

    record Today(LocalDate date, FollowUps followUps, List<Contact> undecided, List<Meeting> waiting,
                 List<Meeting> scheduledThisWeek, Optional<BudgetStatus> budget, NeedProgress needs) {
        public Today {
            undecided = List.copyOf(undecided);
            waiting = List.copyOf(waiting);
            scheduledThisWeek = List.copyOf(scheduledThisWeek);
            budget = budget == null ? Optional.empty() : budget;
        }
    }
}
