package dev.needle.application.port.in;

import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactName;
import dev.needle.domain.Event;
import dev.needle.domain.FollowUps;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.NeedProgress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The day at a glance: follow-ups due, people met at an event still waiting for a decision, meeting
 * requests waiting for triage, meetings scheduled in the coming week, the budget and the needs, and the
 * events of the days ahead.
 */
public interface GetTodayUseCase {
    Today today();

    /** Just the date, for reading "fri" or "+3d" as the user types; cheaper than the whole day. */
    default LocalDate date() {
        return today().date();
    }

    /** What waits for the user now, for the tab bar: a count, without reading the day's lists. */
    Pending pending();

    /** Follow-ups due today or overdue, and meeting requests waiting for triage. */
    record Pending(int followUpsDue, int requestsWaiting) {
    }

    /**
     * A request with the name of the person it is with, so a list can name them: a list shows many and
     * opens one at a time, which reads that one whole ({@link ViewContactUseCase#contact}).
     */
    record Meeting(MeetingRequest request, ContactName contact) {
    }

    /** The first of the people awaiting the after-event decision (the longest waiting), and how many in all. */
    record Undecided(List<Contact> first, int total) {
        public Undecided {
            first = List.copyOf(first);
        }
    }

    /**
     * The events from today to {@link #DAYS} days ahead, in calendar order, as seen at {@code seenAt}:
     * today's include those already over, after which capturing the people met there is the next step.
     */
    record EventsAhead(LocalDateTime seenAt, List<Event> events) {
        /** How many days after today the list reaches: a week, so next week's meetup is there to prepare. */
        public static final int DAYS = 7;

        public EventsAhead {
            events = List.copyOf(events);
        }
    }

    /**
     * The overdue follow-ups and the people awaiting a decision pile up over the years, so the day
     * holds the first {@link #SHOWN} of each (the longest waiting) and counts them all:
     * {@code overdueTotal} and {@link #undecidedTotal}. The undecided may still be on their way when the
     * day is handed out ({@link #awaitingDecision}): their section is pages down on a large book, so
     * the first screen need not wait for them; {@link #undecided} and its kin wait. The events ahead
     * ({@link #eventsAhead}) arrive with them: their section is next to theirs.
     */
    record Today(LocalDate date, FollowUps followUps, int overdueTotal, Arriving<Undecided> awaitingDecision,
                 List<Meeting> waiting, List<Meeting> scheduledThisWeek, Optional<BudgetStatus> budget, NeedProgress needs,
                 Arriving<EventsAhead> eventsAhead) {
        /** How many overdue follow-ups, and how many people awaiting a decision, the day lists at most. */
        public static final int SHOWN = 50;

        public Today {
            waiting = List.copyOf(waiting);
            scheduledThisWeek = List.copyOf(scheduledThisWeek);
            budget = budget == null ? Optional.empty() : budget;
        }

        /** Overdue follow-ups not in {@code followUps} (the Follow-ups screen lists them all). */
        public int overdueNotShown() {
            return overdueTotal - followUps.overdue().size();
        }

        /** The first {@link #SHOWN} people awaiting a decision, the longest waiting first; waits for them. */
        public List<Contact> undecided() {
            return awaitingDecision.get().first();
        }

        /** How many people await a decision; waits for them. */
        public int undecidedTotal() {
            return awaitingDecision.get().total();
        }

        /** The events from today to {@link EventsAhead#DAYS} days ahead; waits for them. */
        public List<Event> events() {
            return eventsAhead.get().events();
        }

        /** People awaiting a decision not in {@link #undecided}. */
        public int undecidedNotShown() {
            return undecidedTotal() - undecided().size();
        }

        /**
         * The tab bar's counts as of this day, as {@link GetTodayUseCase#pending()} counts them: every
         * overdue follow-up and today's, and every request waiting (each has its person: a contact's
         * requests go with it).
         */
        public Pending pending() {
            return new Pending(overdueTotal + followUps.dueToday().size(), waiting.size());
        }
    }
}
