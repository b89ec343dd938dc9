package dev.needle.adapter.interchange.yaml;

import dev.needle.application.port.in.Backup;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.EventTime;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.PersonName;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds a consistent backup (requests and interactions point at stored contacts, ids unique across
 * kinds) from a seed for the shape and a pool of texts jqwik chose for the words, so the awkward
 * strings jqwik likes (quotes, colons, "null", accents, line breaks) land in every kind of field.
 */
final class GeneratedBackups {
    private final Random random;
    private final List<String> texts;
    private long nextId = 1;

    GeneratedBackups(long seed, List<String> texts) {
        this.random = new Random(seed);
        this.texts = texts;
    }

    /** All day, a start, or a start and an end (before the start too: past midnight). */
    private EventTime eventTime() {
        return switch (random.nextInt(3)) {
            case 0 -> EventTime.ALL_DAY;
            case 1 -> EventTime.at(LocalTime.of(random.nextInt(24), random.nextInt(60)));
            default -> EventTime.at(LocalTime.of(random.nextInt(24), random.nextInt(60)))
                    .until(LocalTime.of(random.nextInt(24), random.nextInt(60)));
        };
    }

    Backup backup() {
        List<Direction> directions = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            LocalDate since = date();
            directions.add(new Direction(new DirectionId(id()), pick(DirectionKind.values()), required(), tags(), since,
                    i < n - 1 ? Optional.of(since.plusDays(random.nextInt(400))) : Optional.empty(), version()));
        }
        List<Contact> contacts = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            events.add(new Event(new EventId(id()), required(), date(), eventTime(), text(), text(), Set.of(), version()));
        }
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            contacts.add(contact());
        }
        List<Need> needs = new ArrayList<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            needs.add(need(i + 1, contacts));
        }
        List<Interaction> interactions = new ArrayList<>();
        List<MeetingRequest> requests = new ArrayList<>();
        for (Contact contact : contacts) {
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                interactions.add(interaction(contact.id(), needs));
            }
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                requests.add(request(contact.id()));
            }
        }
        List<Event> withPeople = events.stream().map(e -> new Event(e.id(), e.name(), e.date(), e.time(), e.place(), e.notes(),
                someOf(contacts.stream().map(Contact::id).toList()), e.version())).toList();
        Optional<Budget> budget = random.nextBoolean() ? Optional.empty()
                : Optional.of(new Budget(random.nextInt(7 * 24 * 60), money()));
        return new Backup(directions, needs, contacts, withPeople, interactions, requests, budget);
    }

    private Contact contact() {
        Stage stage = pick(Stage.values());
        Optional<Closure> closure = stage == Stage.CLOSED_KINDLY ? Optional.of(new Closure(date(), required()))
                : Optional.empty();
        Origin origin = random.nextBoolean() ? Origin.UNKNOWN : new Origin(
                random.nextBoolean() ? Optional.of(new EventId(1 + random.nextInt(50))) : Optional.empty(), text(),
                random.nextBoolean() ? Optional.of(date()) : Optional.empty(),
                random.nextBoolean() ? Optional.of(new ContactId(1 + random.nextInt(50))) : Optional.empty());
        String phone = text();
        return new Contact(new ContactId(id()), required(), text(), text(),
                new Reach(List.of("p" + random.nextInt(1000) + "@example.org"), List.of(phone), List.of(text())),
                origin, tags(), tags(), Rapport.of(random.nextInt(6)), stage,
                random.nextBoolean() ? Optional.of(date()) : Optional.empty(), text(), closure, version(),
                List.of(text()), required(), new PersonName(text(), text(), text(), text(), text()), List.of(text()),
                new ReachLabels(Map.of(phone.isBlank() ? "x" : phone,
                        new ReachLabel(List.of("home", "fax"), random.nextInt(3)))));
    }

    private Need need(int priority, List<Contact> contacts) {
        NeedStatus status = pick(NeedStatus.values());
        boolean met = status == NeedStatus.MET;
        List<Target> targets = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            targets.add(new Target(pick(TargetKind.values()), required()));
        }
        return new Need(new NeedId(id()), required(), pick(NeedKind.values()), targets, priority, status,
                met ? Optional.of(new ContactId(1 + random.nextInt(99))) : Optional.empty(),
                met ? Optional.of(date()) : Optional.empty(), text(), version());
    }

    private Interaction interaction(ContactId contact, List<Need> needs) {
        Channel channel = pick(Channel.values());
        Map<ExpenseKind, Money> spent = new EnumMap<>(ExpenseKind.class);
        if (random.nextBoolean()) {
            spent.put(pick(ExpenseKind.values()), money());
        }
        Set<NeedId> advanced = someOf(needs.stream().map(Need::id).toList());
        return new Interaction(new InteractionId(id()), contact, date(), channel, random.nextInt(240),
                channel.isFaceToFace() ? random.nextInt(120) : 0, new Expenses(spent), text(), advanced);
    }

    private MeetingRequest request(ContactId contact) {
        RequestStatus status = pick(RequestStatus.values());
        Channel format = pick(Channel.values());
        String place = format.isFaceToFace() ? required() : text();
        Optional<Schedule> schedule = status == RequestStatus.SCHEDULED || status == RequestStatus.HELD
                ? Optional.of(new Schedule(dateTime(), place, format, 1 + random.nextInt(180))) : Optional.empty();
        Optional<Channel> alternative = status == RequestStatus.COUNTERED ? Optional.of(Channel.CALL) : Optional.empty();
        String message = status == RequestStatus.DECLINED ? required() : text();
        return new MeetingRequest(new MeetingRequestId(id()), contact, date(), pick(Initiator.values()), text(),
                format, place, random.nextBoolean() ? Optional.of(dateTime()) : Optional.empty(),
                new CostEstimate(random.nextInt(200), random.nextInt(200), money()), status, schedule, alternative,
                message, version());
    }

    private <T> Set<T> someOf(List<T> values) {
        Set<T> chosen = new HashSet<>();
        values.forEach(v -> {
            if (random.nextInt(3) == 0) {
                chosen.add(v);
            }
        });
        return chosen;
    }

    private Set<Tag> tags() {
        Set<Tag> tags = new HashSet<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String word = required().replace(",", " ");
            if (!word.isBlank()) {
                tags.add(Tag.of(word.length() > 60 ? word.substring(0, 60) : word));
            }
        }
        return tags;
    }

    private long id() {
        nextId += 1 + random.nextInt(3);
        return nextId;
    }

    private long version() {
        return 1 + random.nextInt(4);
    }

    private Money money() {
        return Money.ofCents(random.nextInt(100_000));
    }

    private LocalDate date() {
        return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000));
    }

    private LocalDateTime dateTime() {
        return date().atTime(random.nextInt(24), random.nextInt(60));
    }

    private String text() {
        return texts.isEmpty() ? "" : texts.get(random.nextInt(texts.size()));
    }

    /** A text that is not blank, for names and titles. */
    private String required() {
        String text = text();
        return text.isBlank() ? "name " + random.nextInt(100) : text;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
