package dev.needle.domain;

import static dev.needle.domain.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 18); // a Saturday

    @Test
    void sortsContactsIntoOverdueTodayAndThisWeek() {
        Contact overdue = contact("Olga").followUp(TODAY.minusDays(1)).build();
        Contact today = contact("Tess").followUp(TODAY).build();
        Contact soon = contact("Sam").followUp(TODAY.plusDays(1)).build();
        FollowUps due = FollowUps.due(List.of(soon, today, overdue), TODAY);
        assertThat(due.overdue()).containsExactly(overdue);
        assertThat(due.dueToday()).containsExactly(today);
        assertThat(due.thisWeek()).containsExactly(soon);
        assertThat(due.total()).isEqualTo(3);
    }

    @Test
    void thisWeekReachesSixDaysAheadAndNoFurther() {
        Contact lastDay = contact("Fay").followUp(TODAY.plusDays(6)).build();
        Contact nextWeek = contact("Ned").followUp(TODAY.plusDays(7)).build();
        FollowUps due = FollowUps.due(List.of(lastDay, nextWeek), TODAY);
        assertThat(due.thisWeek()).containsExactly(lastDay);
        assertThat(due.total()).isEqualTo(1);
    }

    @Test
    void closedContactsAndThoseWithoutAFollowUpNeverAppear() {
        Contact closed = contact("Cleo").followUp(TODAY.minusDays(3)).closed().build();
        Contact none = contact("Nora").build();
        assertThat(FollowUps.due(List.of(closed, none), TODAY).total()).isZero();
    }

    @Test
    void ordersByDateThenNameThenId() {
        Contact bea = contact("Bea").id(1).followUp(TODAY.minusDays(2)).build();
        Contact abe = contact("Abe").id(2).followUp(TODAY.minusDays(2)).build();
        Contact zed = contact("Zed").id(3).followUp(TODAY.minusDays(5)).build();
        Contact abeToo = contact("Abe").id(4).followUp(TODAY.minusDays(2)).build();
        assertThat(FollowUps.due(List.of(abeToo, bea, abe, zed), TODAY).overdue()).containsExactly(zed, abe, abeToo, bea);
    }
}
