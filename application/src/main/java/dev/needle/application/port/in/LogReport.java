package dev.needle.application.port.in;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.EventTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one logging run did (or, on a dry run, would do) with one source: the interactions logged, the
 * meetings scheduled and events planned from a calendar, how many it had logged before, what it
 * skipped and why, the unknown correspondents it suggests capturing, and the records it could not read
 * (each named with its file and place).
 */
public record LogReport(String source, int read, List<Logged> interactions, List<Logged> meetings,
                        List<PlannedEvent> events, int alreadyLogged, Map<String, Integer> skipped,
                        List<Suggestion> unknown, boolean dryRun, List<String> unreadable) {
    /** An interaction or a meeting with a contact. */
    public record Logged(ContactId contact, String name, LocalDate date, Channel channel, int minutes, String notes) {
    }

    /** A calendar entry planned as a networking event, at the entry's time (all day for an all-day entry). */
    public record PlannedEvent(String name, LocalDate date, EventTime time, String place) {
    }

    /** An address Needle does not know, with how many of the messages read involved it. */
    public record Suggestion(String name, String email, int messages) {
    }

    public LogReport {
        interactions = List.copyOf(interactions);
        meetings = List.copyOf(meetings);
        events = List.copyOf(events);
        skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
        unknown = List.copyOf(unknown);
        unreadable = List.copyOf(unreadable);
    }

    /** A run in which every record of the source could be read. */
    public LogReport(String source, int read, List<Logged> interactions, List<Logged> meetings,
                     List<PlannedEvent> events, int alreadyLogged, Map<String, Integer> skipped,
                     List<Suggestion> unknown, boolean dryRun) {
        this(source, read, interactions, meetings, events, alreadyLogged, skipped, unknown, dryRun, List.of());
    }

    /** Whether the run added (or would add) anything. */
    public boolean changedAnything() {
        return !interactions.isEmpty() || !meetings.isEmpty() || !events.isEmpty();
    }
}
