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
public record PrepSheet(Event event, List<Item> items, List<String> youCanOffer, DirectionKind direction) {
    public static final int HELPERS_PER_NEED = 5;
    /** The sheet's own words, the same in the full-screen sheet and the Markdown export. */
    public static final String NO_NEEDS = "No open needs. Write down what you need first (screen 2), so you know what to ask.";
    public static final String NOBODY_YET = "Nobody you know yet: ask the people you meet who they know.";
    public static final String NO_TARGETS = "This need names no company, role or topic, so nobody can match it: add one on screen 2.";
    public static final String ASK = "Ask";
    public static final String OFFER_HEADING = "What you can offer";

    public PrepSheet {
        items = List.copyOf(items);
        youCanOffer = List.copyOf(youCanOffer);
        direction = direction == null ? DirectionKind.JOB_SEARCH : direction;
    }

    public PrepSheet(Event event, List<Item> items, List<String> youCanOffer) {
        this(event, items, youCanOffer, DirectionKind.JOB_SEARCH);
    }

    public PrepSheet(Event event, List<Item> items) {
        this(event, items, List.of());
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
        return new PrepSheet(event, asked, offers, kind);
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

    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking) {
        return build(event, needs, contacts, ranking, Set.of());
    }

    public static PrepSheet build(Event event, Collection<Need> needs, Collection<Contact> contacts, HelperRanking ranking,
                                  Set<Tag> yourOffers) {
        List<Item> items = needs.stream()
                .filter(Need::isActive)
                .sorted(Comparator.comparingInt(Need::priority))
                .map(need -> new Item(need, need.question(),
                        ranking.rank(need, contacts, event.expected()).stream().limit(HELPERS_PER_NEED).toList()))
                .toList();
        return new PrepSheet(event, items, offers(event, contacts, yourOffers));
    }

    /**
     * One sentence for what you offer in general, then one per person expected there who looks for
     * something you, or someone you know, can give.
     */
    private static List<String> offers(Event event, Collection<Contact> contacts, Set<Tag> yourOffers) {
        List<String> lines = new ArrayList<>();
        if (!yourOffers.isEmpty()) {
            lines.add("You offer " + Tag.inSentence(yourOffers)
                    + ": mention it to the people you meet.");
        }
        OfferDirectory network = OfferDirectory.of(contacts);
        contacts.stream().filter(c -> event.expected().contains(c.id()) && !c.isClosed())
                .sorted(Comparator.comparing(Contact::name))
                .forEach(person -> {
                    List<Tag> tags = new ArrayList<>(person.lookingFor());
                    tags.addAll(person.offers());
                    tags.addAll(yourOffers);
                    Set<String> names = Tag.namesIn(tags, person.company());
                    for (Tag wanted : person.lookingFor().stream().sorted().toList()) {
                        String want = wanted.inSentence(names);
                        if (yourOffers.stream().anyMatch(wanted::matches)) {
                            lines.add(person.name() + " looks for " + want + ": you can help.");
                        } else {
                            List<String> known = network.namesOffering(wanted, person.id());
                            if (!known.isEmpty()) {
                                lines.add(person.name() + " looks for " + want + ": you could introduce "
                                        + String.join(" or ", known.stream().limit(2).toList()) + ".");
                            }
                        }
                    }
                });
        return lines;
    }
}
