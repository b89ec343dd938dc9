package dev.needle.bench.data;

import dev.needle.application.port.in.Backup.Cadences;
import dev.needle.domain.Budget;
import dev.needle.domain.Cadence;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import dev.needle.domain.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds realistic data sets from a seed: the same seed and size always give the same records, so
 * figures from two runs (or two machines) describe the same data. Ids are unique across all kinds,
 * as the application's single id source hands them out.
 */
public final class Generator {
    /** Fixed "today" so dates, follow-ups and budgets do not drift with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final Channel[] CHANNELS = Channel.values();
    private static final Stage[] OPEN_STAGES = {Stage.MET, Stage.FOLLOWING_UP, Stage.MEETING_PROPOSED,
            Stage.SCHEDULED, Stage.RELATIONSHIP};

    private final long seed;

    public Generator(long seed) {
        this.seed = seed;
    }

    /** {@code contacts} people, one event per hundred, an interaction per four, a request per fifty. */
    public DataSet generate(int contacts, int needs) {
        Random random = new Random(seed);
        long[] nextId = {1};
        Direction direction = Direction.start(new DirectionId(nextId[0]++), DirectionKind.JOB_SEARCH,
                "Move into UX research at a climate or health company", tags(random, 3), TODAY.minusMonths(3));
        List<Need> needList = needs(random, nextId, needs);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < Math.max(5, contacts / 100); i++) {
            events.add(Event.plan(new EventId(nextId[0]++), Vocabulary.pick(Vocabulary.EVENTS, random) + " "
                    + Vocabulary.pick(Vocabulary.PLACES, random) + " " + (i + 1), TODAY.minusDays(random.nextInt(700) - 30),
                    Vocabulary.pick(Vocabulary.PLACES, random)));
        }
        List<Contact> people = new ArrayList<>(contacts);
        for (int i = 0; i < contacts; i++) {
            people.add(contact(random, nextId[0]++, i, events, people));
        }
        List<Interaction> interactions = new ArrayList<>(contacts / 4);
        for (int i = 0; i < contacts / 4; i++) {
            interactions.add(interaction(random, nextId[0]++, people.get(random.nextInt(contacts)), needList));
        }
        List<MeetingRequest> requests = new ArrayList<>();
        for (int i = 0; i < Math.max(1, contacts / 50); i++) {
            requests.add(request(random, nextId[0]++, people.get(random.nextInt(contacts)).id()));
        }
        return new DataSet(direction, needList, events, withPhotos(people), interactions, requests,
                new Budget(4 * 60, Money.ofCents(150_00)), cadences(people));
    }

    /**
     * One person in twelve with a photo of 2 to 8 KB kept from their card, as {@link VCardBook} writes
     * them. Drawn from a second stream, so every other detail stays what the seed gave before photos.
     */
    private List<Contact> withPhotos(List<Contact> people) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Contact> kept = new ArrayList<>(people.size());
        for (Contact person : people) {
            if (random.nextInt(12) != 0) {
                kept.add(person);
                continue;
            }
            byte[] jpeg = new byte[2048 + random.nextInt(6144)];
            random.nextBytes(jpeg);
            jpeg[0] = (byte) 0xFF;
            jpeg[1] = (byte) 0xD8;
            kept.add(person.edit().foreignFields(List.of("PHOTO;ENCODING=b;TYPE=JPEG:"
                    + Base64.getEncoder().encodeToString(jpeg))).build());
        }
        return kept;
    }

    /**
     * Keep-in-touch as a user sets it: two tags with a default cadence (so `needle due` asks everyone's
     * tags) and a cadence of their own for one person in a hundred.
     */
    private static Cadences cadences(List<Contact> people) {
        List<KeepInTouch> own = new ArrayList<>();
        for (int i = 0; i < people.size(); i += 100) {
            own.add(new KeepInTouch(people.get(i).id(), Optional.of(Cadence.every(6, Cadence.Unit.WEEKS)),
                    Optional.empty(), TODAY.minusMonths(4)));
        }
        return new Cadences(own, List.of(new TagCadence(Tag.of("hiring"), Cadence.every(2, Cadence.Unit.MONTHS),
                TODAY.minusMonths(6)), new TagCadence(Tag.of("fundraising"), Cadence.every(3, Cadence.Unit.MONTHS),
                TODAY.minusMonths(6))));
    }

    /** Needs alone, for the triage benchmark: as many as asked, prioritised 1..n. */
    public List<Need> needs(int count) {
        return needs(new Random(seed), new long[] {1_000_000_000L}, count);
    }

    private static List<Need> needs(Random random, long[] nextId, int count) {
        NeedKind[] kinds = NeedKind.values();
        List<Need> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Target> targets = List.of(Target.company(Vocabulary.pick(Vocabulary.COMPANIES, random)),
                    Target.role(Vocabulary.pick(Vocabulary.ROLES, random)),
                    Target.topic(Vocabulary.pick(Vocabulary.TAGS, random)));
            NeedKind kind = kinds[random.nextInt(kinds.length)];
            list.add(Need.open(new NeedId(nextId[0]++), kind.label() + " " + (i + 1), kind,
                    targets.subList(0, 1 + random.nextInt(targets.size())), i + 1));
        }
        return list;
    }

    /**
     * One person as a real address book holds them: none to three emails (work at the company,
     * personal elsewhere), none to three phones written the ways people type them, a LinkedIn profile
     * for most, notes for some (a few of several lines). About one in twenty shares the name of someone
     * before them, half of those at the same company too (namesakes LinkedIn keeps apart by profile).
     */
    private static Contact contact(Random random, long id, int index, List<Event> events, List<Contact> before) {
        Event met = events.get(random.nextInt(events.size()));
        Origin origin = random.nextInt(4) == 0 ? Origin.UNKNOWN : Origin.atEvent(met.id(), met.date());
        Contact namesake = !before.isEmpty() && random.nextInt(20) == 0 ? before.get(random.nextInt(before.size())) : null;
        String name = namesake == null ? Names.person(random) : namesake.name();
        String company = namesake != null && random.nextBoolean() ? namesake.company()
                : Vocabulary.pick(Vocabulary.COMPANIES, random);
        Reach reach = new Reach(Addresses.emails(random, name, company, index), Addresses.phones(random),
                Addresses.urls(random, name, index));
        Optional<LocalDate> followUp = random.nextInt(5) == 0 ? Optional.of(TODAY.plusDays(random.nextInt(40) - 10))
                : Optional.empty();
        return new Contact(new ContactId(id), name, company, Vocabulary.pick(Vocabulary.ROLES, random), reach, origin,
                tags(random, random.nextInt(3)), tags(random, random.nextInt(2)), Rapport.of(random.nextInt(Rapport.MAX + 1)),
                OPEN_STAGES[random.nextInt(OPEN_STAGES.length)], followUp, Notes.about(random, met), Optional.empty(), 0);
    }

    private static Interaction interaction(Random random, long id, Contact contact, List<Need> needs) {
        Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
        int travel = channel.isFaceToFace() ? random.nextInt(60) : 0;
        Expenses spent = channel.isFaceToFace() ? Expenses.of(ExpenseKind.COFFEE, Money.ofCents(300 + random.nextInt(900)))
                : Expenses.NONE;
        Set<dev.needle.domain.NeedId> advanced = needs.isEmpty() || random.nextInt(3) != 0 ? Set.of()
                : Set.of(needs.get(random.nextInt(needs.size())).id());
        return new Interaction(new InteractionId(id), contact.id(), TODAY.minusDays(random.nextInt(365)), channel,
                15 + random.nextInt(90), travel, spent, "", advanced);
    }

    private static MeetingRequest request(Random random, long id, ContactId contact) {
        Channel format = CHANNELS[random.nextInt(4)];
        int travel = format.isFaceToFace() ? 20 + random.nextInt(60) : 0;
        return MeetingRequest.pending(new MeetingRequestId(id), contact, TODAY.minusDays(random.nextInt(14)),
                Initiator.THEM, "Could we talk about " + Vocabulary.pick(Vocabulary.TAGS, random) + "?", format,
                format.isFaceToFace() ? Vocabulary.pick(Vocabulary.PLACES, random) : "", Optional.empty(),
                new CostEstimate(30 + random.nextInt(60), travel, Money.ofCents(format.isFaceToFace() ? 800 : 0)));
    }

    private static Set<Tag> tags(Random random, int count) {
        Set<Tag> tags = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            tags.add(Tag.of(Vocabulary.pick(Vocabulary.TAGS, random)));
        }
        return tags;
    }
}
