package dev.needle.application.port.in;

import dev.needle.domain.Budget;
import dev.needle.domain.ContactId;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.RecordMark;
import dev.needle.domain.Team;
import dev.needle.domain.TagCadence;
import dev.needle.domain.InvalidValueException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.Optional;

/** Every record of every store, with ids and versions: what a full backup holds. */
public record Backup(List<Direction> directions, List<Need> needs, List<Contact> contacts, List<Event> events,
                     List<Interaction> interactions, List<MeetingRequest> meetingRequests, Optional<Budget> budget,
                     Cadences cadences, Authors authors, List<AuthoredNote> privateNotes, List<TeammateLimits> people) {
    /**
     * One private note in the team's backup, with its author by name (names are unique on a team, and a
     * restore into another database finds or adds the author by it). A backup is the whole team's: it
     * holds every author's notes, and says so.
     */
    public record AuthoredNote(ContactId contact, String author, String text, LocalDateTime changedAt) {
        public AuthoredNote {
            if (contact == null || author == null || author.isBlank() || text == null || changedAt == null) {
                throw new InvalidValueException("private note", "A private note in a backup needs its contact, "
                        + "author, text and time.");
            }
        }
    }

    /** Keep-in-touch settings: each person's own (by contact id) and the tags' defaults. */
    public record Cadences(List<KeepInTouch> people, List<TagCadence> tags) {
        public static final Cadences NONE = new Cadences(List.of(), List.of());

        public Cadences {
            people = List.copyOf(people);
            tags = List.copyOf(tags);
        }
    }

    /**
     * Who added, changed and decided the records (issue 20): the team, oldest first, and the marks that
     * name them by teammate id. A backup made before teams has none: its records are the founder's.
     */
    public record Authors(Team team, List<RecordMark> marks) {
        public static final Authors NONE = new Authors(Team.EMPTY, List.of());

        public Authors {
            team = team == null ? Team.EMPTY : team;
            marks = List.copyOf(marks);
        }
    }

    /** The same records with these authors. */
    public Backup withAuthors(Authors named) {
        return new Backup(directions, needs, contacts, events, interactions, meetingRequests, budget, cadences, named,
                privateNotes, people);
    }

    /**
     * The same records with these teammates' own offers and hours; the direction's offers and the
     * budget's hours are the founder's.
     */
    public Backup withPeople(List<TeammateLimits> teammates) {
        return new Backup(directions, needs, contacts, events, interactions, meetingRequests, budget, cadences,
                authors, privateNotes, teammates);
    }

    /** A backup without keep-in-touch settings (those made before cadences, or by a test). */
    public Backup(List<Direction> directions, List<Need> needs, List<Contact> contacts, List<Event> events,
                  List<Interaction> interactions, List<MeetingRequest> meetingRequests, Optional<Budget> budget) {
        this(directions, needs, contacts, events, interactions, meetingRequests, budget, Cadences.NONE);
    }

    /** A backup without authors or private notes (one made before teams, or by a test). */
    public Backup(List<Direction> directions, List<Need> needs, List<Contact> contacts, List<Event> events,
                  List<Interaction> interactions, List<MeetingRequest> meetingRequests, Optional<Budget> budget,
                  Cadences cadences) {
        this(directions, needs, contacts, events, interactions, meetingRequests, budget, cadences, Authors.NONE,
                List.of(), List.of());
    }

    /** The same records with these contacts. */
    public Backup withContacts(List<Contact> all) {
        return new Backup(directions, needs, all, events, interactions, meetingRequests, budget, cadences, authors,
                privateNotes, people);
    }

    /** The same records with these keep-in-touch settings. */
    public Backup withCadences(Cadences settings) {
        return new Backup(directions, needs, contacts, events, interactions, meetingRequests, budget, settings,
                authors, privateNotes, people);
    }

    /** The same records with these private notes (every author's). */
    public Backup withPrivateNotes(List<AuthoredNote> notes) {
        return new Backup(directions, needs, contacts, events, interactions, meetingRequests, budget, cadences, authors,
                notes, people);
    }

    public Backup {
        cadences = cadences == null ? Cadences.NONE : cadences;
        authors = authors == null ? Authors.NONE : authors;
        privateNotes = privateNotes == null ? List.of() : List.copyOf(privateNotes);
        people = people == null ? List.of() : List.copyOf(people);
        Set<String> names = new HashSet<>();
        for (TeammateLimits person : people) {
            if (!names.add(dev.needle.domain.Teammate.nameKey(person.name()))) {
                throw new InvalidValueException("people", "The backup names " + person.name()
                        + " twice among the people; each person may appear once.");
            }
        }
        directions = List.copyOf(directions);
        needs = List.copyOf(needs);
        contacts = List.copyOf(contacts);
        events = List.copyOf(events);
        interactions = List.copyOf(interactions);
        meetingRequests = List.copyOf(meetingRequests);
        budget = budget == null ? Optional.empty() : budget;
        unique("direction", directions, d -> d.id().value());
        unique("need", needs, n -> n.id().value());
        unique("contact", contacts, c -> c.id().value());
        unique("event", events, e -> e.id().value());
        unique("interaction", interactions, i -> i.id().value());
        unique("meeting request", meetingRequests, r -> r.id().value());
    }

    /** Two records of a kind with one id cannot both be restored; say which, before anything is written. */
    private static <T> void unique(String what, List<T> records, ToLongFunction<T> id) {
        Set<Long> seen = new HashSet<>();
        for (T record : records) {
            if (!seen.add(id.applyAsLong(record))) {
                throw new InvalidValueException("id", "The backup holds " + what + " " + id.applyAsLong(record)
                        + " twice; each id may appear once.");
            }
        }
    }

    public static Backup empty() {
        return new Backup(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    /** Records in the backup, the budget counting as one when set. */
    public int size() {
        return directions.size() + needs.size() + contacts.size() + events.size() + interactions.size()
                + meetingRequests.size() + (budget.isPresent() ? 1 : 0);
    }

    /** The highest id any record carries, 0 when there is none. */
    public long highestId() {
        long max = 0;
        for (Direction d : directions) { max = Math.max(max, d.id().value()); }
        for (Need n : needs) { max = Math.max(max, n.id().value()); }
        for (Contact c : contacts) { max = Math.max(max, c.id().value()); }
        for (Event e : events) { max = Math.max(max, e.id().value()); }
        for (Interaction i : interactions) { max = Math.max(max, i.id().value()); }
        for (MeetingRequest r : meetingRequests) { max = Math.max(max, r.id().value()); }
        return max;
    }
}
