package dev.needle.application.port.in;

import dev.needle.application.port.in.GetTodayUseCase.Meeting;
import dev.needle.application.port.in.GetTodayUseCase.Today;
import dev.needle.domain.Contact;
import dev.needle.domain.Whose;
import java.util.List;

/**
 * Today as one person on a team sees it: their own follow-ups and meetings first, then the rest of the
 * team's. Alone on a database everything is one's own and the day reads as it always did.
 */
public interface MyTodayUseCase {
    MyDay myDay();

    /**
     * The day, and its follow-ups (in the day's order: overdue, today, this week) and this week's meetings
     * split into the acting person's and the others', with {@code whose} to name who has each.
     */
    record MyDay(Today today, Whose whose, List<Contact> myFollowUps, List<Contact> teamFollowUps,
                 List<Meeting> myMeetings, List<Meeting> teamMeetings) {
        public MyDay {
            myFollowUps = List.copyOf(myFollowUps);
            teamFollowUps = List.copyOf(teamFollowUps);
            myMeetings = List.copyOf(myMeetings);
            teamMeetings = List.copyOf(teamMeetings);
        }

        /** True when the day has someone else's part to show apart from one's own. */
        public boolean shared() {
            return whose.shared();
        }
    }
}
