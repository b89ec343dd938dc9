package dev.needle.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One day's reminders as they reach the user outside Needle: follow-ups due, people losing touch, and
 * meetings and events in the next day. Each line has a key that says what it reminds of on that day, so
 * the same reminder is never sent twice in a day.
 */
public record ReminderDigest(LocalDate day, List<Line> followUps, List<Line> losingTouch, List<Line> meetings,
                             List<Line> events) {
    /** One reminder: its key (what it is about, stable within a day) and its text. */
    public record Line(String key, String text) {
        public Line {
            Check.notNull("key", key);
            // Names come from imports too: a line never carries a control character into a mail or a notification.
            text = PrintableText.line(Check.notNull("text", text));
        }
    }

    /**
     * Lines shown per section: years of overdue follow-ups would make a digest nobody reads. The rest
     * are counted in one line, and count as sent all the same, so the next run that day stays quiet.
     */
    public static final int SHOWN = 25;

    public ReminderDigest {
        Check.notNull("day", day);
        followUps = List.copyOf(followUps);
        losingTouch = List.copyOf(losingTouch);
        meetings = List.copyOf(meetings);
        events = List.copyOf(events);
    }

    /** A digest with no events in it. */
    public ReminderDigest(LocalDate day, List<Line> followUps, List<Line> losingTouch, List<Line> meetings) {
        this(day, followUps, losingTouch, meetings, List.of());
    }

    public boolean isEmpty() {
        return followUps.isEmpty() && losingTouch.isEmpty() && meetings.isEmpty() && events.isEmpty();
    }

    public List<String> keys() {
        return Stream.of(followUps, losingTouch, meetings, events).flatMap(List::stream).map(Line::key).toList();
    }

    /** The digest without the reminders whose keys are given (those already sent today). */
    public ReminderDigest without(java.util.Collection<String> sent) {
        return new ReminderDigest(day, followUps.stream().filter(l -> !sent.contains(l.key())).toList(),
                losingTouch.stream().filter(l -> !sent.contains(l.key())).toList(),
                meetings.stream().filter(l -> !sent.contains(l.key())).toList(),
                events.stream().filter(l -> !sent.contains(l.key())).toList());
    }

    /** A one-line summary, as a notification title or a mail subject: "Needle: 2 follow-ups, 1 losing touch". */
    public String subject() {
        List<String> parts = new ArrayList<>();
        if (!followUps.isEmpty()) {
            parts.add(count(followUps.size(), "follow-up", "follow-ups") + " due");
        }
        if (!losingTouch.isEmpty()) {
            parts.add(count(losingTouch.size(), "person", "people") + " losing touch");
        }
        if (!meetings.isEmpty()) {
            parts.add(count(meetings.size(), "meeting", "meetings") + " in the next day");
        }
        if (!events.isEmpty()) {
            parts.add(count(events.size(), "event", "events") + " coming up");
        }
        return "Needle: " + String.join(", ", parts);
    }

    /** The reminders, a section each, one per line. */
    public String body() {
        StringBuilder text = new StringBuilder();
        section(text, "Follow-ups due", followUps);
        section(text, "Losing touch", losingTouch);
        section(text, "Meetings in the next day", meetings);
        section(text, "Events coming up", events);
        return text.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void section(StringBuilder text, String heading, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(heading).append(":\n");
        lines.stream().limit(SHOWN).forEach(l -> text.append("- ").append(l.text()).append('\n'));
        if (lines.size() > SHOWN) {
            text.append("- … and ").append(lines.size() - SHOWN).append(" more; Needle lists them all\n");
        }
    }
}
