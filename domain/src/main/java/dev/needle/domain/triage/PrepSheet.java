package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Voice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What to bring to an event: your active needs by priority, for each what to ask and the people
 * (expected there first, then anyone you know) who can help; and the other half of the article,
 * what you can offer the people who will be there.
 */
public record PrepSheet(Event event, List<Item> items, List<String> youCanOffer, DirectionKind direction,
                        List<Person> people) {
    public static final int HELPERS_PER_NEED = 5;
    /** Two questions are what one conversation at an event holds. */
    public static final int ASKS_PER_PERSON = 2;
    /** People you know who may be there (not expected) get a block only among the first few who can help. */
    public static final int MAY_BE_THERE_AT_MOST = 5;
    /** The sheet's own words, the same in the full-screen sheet and the Markdown export. */
    public static final String NO_NEEDS = "No open needs. Write down what you need first (screen 2), so you know what to ask.";
    public static final String NOBODY_YET = "Nobody you know yet: ask the people you meet who they know.";
    public static final String NO_TARGETS = "This need names no company, role or topic, so nobody can match it: add one on screen 2.";
    public static final String ASK = "Ask";
    public static final String OFFER_HEADING = "What you can offer";
    public static final String PEOPLE_HEADING = "Who to talk to";
    public static final String GREET_HEADING = "Also expected: say hello";
    public static final String STRANGERS_HEADING = "Ask anyone you meet";
    public static final String BY_NEED_HEADING = "Others you know who can help";
    public static final String MAY_BE_THERE = "may be there";

    public PrepSheet {
        items = List.copyOf(items);
        youCanOffer = List.copyOf(youCanOffer);
        direction = direction == null ? DirectionKind.JOB_SEARCH : direction;
        people = List.copyOf(people);
    }

    public PrepSheet(Event event, List<Item> items, List<String> youCanOffer, DirectionKind direction) {
        this(event, items, youCanOffer, direction, List.of());
    }

    public PrepSheet(Event event, List<Item> items, List<String> youCanOffer) {
        this(event, items, youCanOffer, DirectionKind.JOB_SEARCH);
    }

    public PrepSheet(Event event, List<Item> items) {
        this(event, items, List.of());
    }

    /** The people there who fit a need or look for something you can give, most help first. */
    public List<Person> toTalkTo() {
        return people.stream().filter(p -> !p.fitsNothing()).toList();
    }

    /** The people expected who fit no need and look for nothing you can give: to greet. */
    public List<Person> toGreet() {
        return people.stream().filter(Person::fitsNothing).toList();
    }

    /** The needs no one there is asked about: their question is for anyone you meet. */
    public List<Item> forStrangers() {
        Set<dev.needle.domain.NeedId> asked = new java.util.HashSet<>();
        people.forEach(p -> p.asked().forEach(f -> asked.add(f.need().id())));
        return items.stream().filter(i -> !asked.contains(i.need().id())).toList();
    }

    /**
     * By need, the people you know who can help and have no block above (they are not expected there):
     * whom to ask after the event, each with the targets they match. Needs only people there can help
     * with are left out.
     */
    public List<Item> othersByNeed() {
        Set<dev.needle.domain.ContactId> above = new java.util.HashSet<>();
        people.forEach(p -> above.add(p.contact().id()));
        return items.stream()
                .map(i -> new Item(i.need(), i.question(), i.helpers().stream()
                        .filter(h -> !above.contains(h.contact().id()))
                        // What makes them fit, said once each; their order already says rapport and standing.
                        .map(h -> new Helper(h.contact(), h.score(), i.need().targetsMatchedBy(h.contact()).stream()
                                .map(t -> HelperRanking.describe(t, h.contact())).distinct().toList()))
                        .toList()))
                .filter(i -> !i.helpers().isEmpty())
                .toList();
    }

    /** With no open need: what to write down first, in the direction's words. */
    public String noNeeds() {
        return direction == DirectionKind.BUSINESS
                ? "No open needs. Write down what your business needs first (screen 2), so you know what to ask." : NO_NEEDS;
    }

    /** The heading of the pay-it-forward half: what you, or your business, can offer the people there. */
    public String offerHeading() {
        return direction == DirectionKind.BUSINESS ? "What your business can offer" : OFFER_HEADING;
    }

    /** The same sheet for a direction of this kind: a business offers as a business. */
    public PrepSheet forDirection(DirectionKind kind) {
        return forDirection(kind, kind.voice());
    }

    /** The same, its questions in {@code voice}: "what I offer" for a freelancer, "what we offer" for a team. */
    public PrepSheet forDirection(DirectionKind kind, Voice voice) {
        List<String> offers = youCanOffer.stream().map(line -> kind == DirectionKind.BUSINESS && line.startsWith("You offer ")
                ? "Your business offers " + line.substring("You offer ".length()) : line).toList();
        // What to ask speaks for the direction too: "feedback on our pricing", "what we offer".
        List<Item> asked = items.stream().map(i -> new Item(i.need(), i.need().question(voice), i.helpers())).toList();
        List<Person> voiced = people.stream().map(p -> p.voiced(voice)).toList();
        return new PrepSheet(event, asked, offers, kind, voiced);
    }

    /** One need on the sheet. */
    public record Item(Need need, String question, List<Helper> helpers) {
        public Item {
            helpers = List.copyOf(helpers);
        }

        /** "Candidates" for a hire (the people are the answer, not helpers), else "Who can help". */
        public String helpersHeading() {
            return need.kind() == NeedKind.HIRE ? "Candidates" : "Who can help";
        }

        /** A need with no company, role or topic can never match anyone: the sheet says so. */
        public boolean hasNoTargets() {
            return need.targets().isEmpty();
        }
    }

    /**
     * Someone at the event: expected, or known to you and likely there ({@code likely}); the needs they
     * fit and why, how you know them, and what they look for that you, or someone you know, can give.
     */
    public record Person(Contact contact, boolean expected, Acquaintance known, List<Fit> fits, List<String> theyLookFor,
                         Voice voice) {
        public Person {
            fits = List.copyOf(fits);
            theyLookFor = List.copyOf(theyLookFor);
            known = known == null ? Acquaintance.UNKNOWN : known;
            voice = voice == null ? Voice.I : voice;
        }

        Person voiced(Voice spoken) {
            return new Person(contact, expected, known, fits, theyLookFor, spoken);
        }

        /** How much they can help: what their fits weigh, a little more when you can help them too. */
        public int weight() {
            return fits.stream().mapToInt(Fit::score).sum() + (theyLookFor.isEmpty() ? 0 : 1);
        }

        public boolean fitsNothing() {
            return fits.isEmpty() && theyLookFor.isEmpty();
        }

        /** "Rita Sousa · Legal counsel, Sonae": the name, then the role and company when known. */
        public String who() {
            String at = String.join(", ", java.util.stream.Stream.of(contact.role().strip(), contact.company().strip())
                    .filter(part -> !part.isEmpty()).toList());
            return at.isEmpty() ? contact.name() : contact.name() + " · " + at;
        }

        /** How you know them: where you met, who introduced you, the last contact; and whether you hit it off. */
        public String knownHow() {
            List<String> parts = new ArrayList<>();
            String said = known.said();
            if (!said.isEmpty()) {
                parts.add(said);
            }
            if (contact.stage() == dev.needle.domain.Stage.RELATIONSHIP) {
                parts.add("an established relationship");
            } else if (contact.rapport().isRated() && contact.rapport().score() >= 4) {
                parts.add("you hit it off");
            }
            String line = String.join("; ", parts);
            return line.isEmpty() ? "" : Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".";
        }

        /**
         * Which needs they fit and why, one line per reason: "Fits need 1, Intro to Sonae: works at Sonae."
         * Needs they fit for the same reason share a line ("Fits needs 1 and 3: works at Sonae."), so it
         * is said once.
         */
        public List<String> fitLines() {
            java.util.Map<String, List<Need>> byWhy = new java.util.LinkedHashMap<>();
            fits.forEach(f -> byWhy.computeIfAbsent(String.join("; ", f.why()), w -> new ArrayList<>()).add(f.need()));
            List<String> lines = new ArrayList<>();
            byWhy.forEach((why, needs) -> {
                String which = needs.size() == 1 ? "need " + needs.get(0).priority() + ", " + needs.get(0).title()
                        : "needs " + and(needs.stream().map(n -> String.valueOf(n.priority())).toList());
                lines.add("Fits " + which + (why.isEmpty() ? "." : ": " + why + "."));
            });
            return lines;
        }

        private static String and(List<String> parts) {
            return parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }

        /** The needs to ask them about: the first {@link #ASKS_PER_PERSON} they fit, by priority. */
        public List<Fit> asked() {
            return fits.stream().limit(ASKS_PER_PERSON).toList();
        }

        /** What to ask them, by their first name and in their terms, one question per need asked. */
        public List<String> questions() {
            return asked().stream().map(f -> dev.needle.domain.NeedWords.questionTo(f.need(), voice, contact)).toList();
        }
    }

    /** A need someone fits, with what makes them fit it (the targets they match) and its weight. */
    public record Fit(Need need, List<String> why, int score) {
        public Fit {
            why = List.copyOf(why);
        }
    }

    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking) {
        return build(event, needs, contacts, ranking, Set.of());
    }

    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking,
                                  Set<Tag> yourOffers) {
        return build(event, needs, contacts, ranking, yourOffers, Set.of(), c -> Acquaintance.UNKNOWN);
    }

    /**
     * The sheet, with a block for each person expected, and for each in {@code likely} (people you know who
     * may be there) who can help or be helped; {@code known} says how you know each of them.
     */
    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking,
                                  Set<Tag> yourOffers, Set<dev.needle.domain.ContactId> likely,
                                  java.util.function.Function<Contact, Acquaintance> known) {
        Set<dev.needle.domain.ContactId> there = new java.util.HashSet<>(event.expected());
        there.addAll(likely);
        List<Need> active = needs.stream()
                .filter(Need::isActive)
                .sorted(Comparator.comparingInt(Need::priority))
                .toList();
        List<Item> items = active.stream()
                .map(need -> new Item(need, need.question(),
                        ranking.rank(need, contacts, event.expected()).stream().limit(HELPERS_PER_NEED).toList()))
                .toList();
        OfferDirectory network = OfferDirectory.of(contacts);
        List<Person> ranked = contacts.stream()
                .filter(c -> there.contains(c.id()) && !c.isClosed())
                .map(c -> new Person(c, event.expected().contains(c.id()), Acquaintance.UNKNOWN, fits(active, c, ranking),
                        theyLookFor(c, yourOffers, network), Voice.I))
                // Someone who may be there is worth a block only when there is something to talk about.
                .filter(p -> p.expected() || !p.fitsNothing())
                .sorted(Comparator.comparingInt(Person::weight).reversed()
                        .thenComparing(p -> !p.expected())
                        .thenComparing(p -> p.contact().name())
                        .thenComparing(p -> p.contact().id()))
                .toList();
        // Everyone expected; of those who may be there, the few who can help most. How you know each is
        // asked for only then (it may read the book).
        List<Person> people = new ArrayList<>();
        int maybe = 0;
        for (Person p : ranked) {
            if (p.expected() || maybe++ < MAY_BE_THERE_AT_MOST) {
                people.add(new Person(p.contact(), p.expected(), known.apply(p.contact()), p.fits(), p.theyLookFor(),
                        p.voice()));
            }
        }
        return new PrepSheet(event, items, offers(yourOffers), DirectionKind.JOB_SEARCH, people);
    }

    /** The needs {@code person} fits, by priority, each with the targets they match said in words. */
    private static List<Fit> fits(List<Need> needs, Contact person, HelperRanking ranking) {
        List<Fit> fits = new ArrayList<>();
        for (Need need : needs) {
            List<dev.needle.domain.Target> matched = need.targetsMatchedBy(person);
            if (matched.isEmpty()) {
                continue;
            }
            List<String> why = matched.stream().map(t -> HelperRanking.describe(t, person)).distinct().toList();
            fits.add(new Fit(need, why, ranking.weight(matched)));
        }
        return fits;
    }

    /** One sentence for what you offer in general: what each person looks for is said in their block. */
    private static List<String> offers(Set<Tag> yourOffers) {
        return yourOffers.isEmpty() ? List.of()
                : List.of("You offer " + Tag.inSentence(yourOffers) + ": mention it to the people you meet.");
    }

    /** What {@code person} looks for that you can give, or that someone you know offers. */
    private static List<String> theyLookFor(Contact person, Set<Tag> yourOffers, OfferDirectory network) {
        List<String> lines = new ArrayList<>();
        List<Tag> tags = new ArrayList<>(person.lookingFor());
        tags.addAll(person.offers());
        tags.addAll(yourOffers);
        Set<String> names = Tag.namesIn(tags, person.company());
        for (Tag wanted : person.lookingFor().stream().sorted().toList()) {
            String want = wanted.inSentence(names);
            if (yourOffers.stream().anyMatch(wanted::matches)) {
                lines.add(person.firstName() + " looks for " + want + ": you can help.");
            } else {
                List<String> knownOffering = network.namesOffering(wanted, person.id());
                if (!knownOffering.isEmpty()) {
                    lines.add(person.firstName() + " looks for " + want + ": you could introduce "
                            + String.join(" or ", knownOffering.stream().limit(2).toList()) + ".");
                }
            }
        }
        return lines;
    }
}
