package dev.needle.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Follow-ups that need attention: overdue, due today, and due in the six days after today ("this
 * week" as a rolling week, so Saturday still shows next Friday). Closed contacts never appear.
 */
public record FollowUps(LocalDate today, List<Contact> overdue, List<Contact> dueToday, List<Contact> thisWeek) {
    public static final int WEEK_AHEAD_DAYS = 6;

    public FollowUps {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        thisWeek = List.copyOf(thisWeek);
    }

    public static FollowUps due(Collection<Contact> contacts, LocalDate today) {
        List<Contact> overdue = new ArrayList<>();
        List<Contact> dueToday = new ArrayList<>();
        List<Contact> thisWeek = new ArrayList<>();
        LocalDate weekEnd = today.plusDays(WEEK_AHEAD_DAYS);
        for (Contact contact : contacts) {
            if (contact.isClosed() || contact.nextFollowUp().isEmpty()) {
                continue;
            }
            LocalDate date = contact.nextFollowUp().get();
            if (date.isBefore(today)) {
                overdue.add(contact);
            } else if (date.isEqual(today)) {
                dueToday.add(contact);
            } else if (!date.isAfter(weekEnd)) {
                thisWeek.add(contact);
            }
        }
        Comparator<Contact> order = Comparator.comparing((Contact c) -> c.nextFollowUp().get())
                .thenComparing(Contact::name).thenComparing(Contact::id);
        overdue.sort(order);
        dueToday.sort(order);
        thisWeek.sort(order);
        return new FollowUps(today, overdue, dueToday, thisWeek);
    }

    public int total() {
        return overdue.size() + dueToday.size() + thisWeek.size();
    }
}
