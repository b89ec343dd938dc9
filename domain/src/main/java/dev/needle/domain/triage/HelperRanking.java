package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.Stage;
import dev.needle.domain.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who can help with a need, best first: the strongest target they match, plus rapport and an
 * established relationship (people you already know well are easier to ask). Closed contacts are
 * left out: you told them you were moving on.
 */
public final class HelperRanking {
    private static final int RELATIONSHIP_BONUS = 10;
    private final TriageSettings settings;

    public HelperRanking(TriageSettings settings) {
        this.settings = settings;
    }

    public List<Helper> rank(Need need, Collection<Contact> contacts) {
        return rank(need, contacts, Set.of());
    }

    /** Ranks helpers; those in {@code present} (say, expected at an event) are marked and come first on ties. */
    public List<Helper> rank(Need need, Collection<Contact> contacts, Set<dev.needle.domain.ContactId> present) {
        List<Helper> helpers = new ArrayList<>();
        for (Contact contact : contacts) {
            if (contact.isClosed()) {
                continue;
            }
            List<Target> matched = need.targetsMatchedBy(contact);
            if (matched.isEmpty()) {
                continue;
            }
            int score = matched.stream().mapToInt(t -> settings.targetWeight(t.kind())).max().orElse(0);
            List<String> reasons = new ArrayList<>();
            // One offer can match two targets ("printing", "risograph"): it is said once.
            matched.stream().map(t -> describe(t, contact)).distinct().forEach(reasons::add);
            if (contact.rapport().isRated() && contact.rapport().score() >= settings.greatRapport()) {
                score += settings.rapportBonus();
                reasons.add("you hit it off (rapport " + contact.rapport() + ")");
            }
            if (contact.stage() == Stage.RELATIONSHIP) {
                score += RELATIONSHIP_BONUS;
                reasons.add("an established relationship");
            }
            if (present.contains(contact.id())) {
                reasons.add(0, "will be there");
            }
            helpers.add(new Helper(contact, score, reasons));
        }
        helpers.sort(Comparator.comparingInt(Helper::score).reversed()
                .thenComparing(h -> !present.contains(h.contact().id()))
                .thenComparing(h -> h.contact().name())
                .thenComparing(h -> h.contact().id()));
        return List.copyOf(helpers);
    }

    /** What the strongest of the targets a contact matches weighs, as {@link #rank} scores it before rapport. */
    int weight(List<Target> matched) {
        return matched.stream().mapToInt(t -> settings.targetWeight(t.kind())).max().orElse(0);
    }

    /** Why the contact matches the target, in words: "works at Sonae", "offers pricing advice". */
    static String describe(Target target, Contact contact) {
        return switch (target.kind()) {
            case COMPANY -> target.worksAt(contact) ? "works at " + contact.company() : offered(target, contact);
            case ROLE -> contact.role().isEmpty() ? offered(target, contact) : role(contact.role());
            // What they offer says it in their words; "knows ground-floor shop" did not read.
            case TOPIC -> target.offerMatching(contact).isPresent() ? offered(target, contact)
                    : !contact.role().isEmpty() && target.isMatchedBy(contact.edit().company("").build())
                    ? role(contact.role()) : "works at " + contact.company();
        };
    }

    private static String offered(Target target, Contact contact) {
        java.util.List<dev.needle.domain.Tag> tags = new java.util.ArrayList<>(contact.offers());
        tags.addAll(contact.lookingFor());
        java.util.Set<String> names = dev.needle.domain.Tag.namesIn(tags, contact.company());
        return "offers " + target.offerMatching(contact).map(t -> t.inSentence(names))
                .orElse(dev.needle.domain.English.inSentence(target.value(), names));
    }

    /** A headline after the job title, as LinkedIn's positions carry: "Lead Data Engineer | We're hiring!". */
    private static final java.util.regex.Pattern HEADLINE = java.util.regex.Pattern.compile("\\s+[|·•]\\s+.*$");

    private static final java.util.regex.Pattern HEADS = java.util.regex.Pattern.compile("(?i)(head|chief) of ");

    /** "is a pastry chef", "works in market research": a role read as a person would say it. */
    private static String role(String role) {
        String title = HEADLINE.matcher(role).replaceFirst("");
        String words = dev.needle.domain.English.inSentence(title);
        if (!dev.needle.domain.English.namesAPerson(title)) {
            return "works in " + words;
        }
        // One person heads a team: "is head of data", as "is a data engineer".
        return "is " + (HEADS.matcher(words).lookingAt() ? words : dev.needle.domain.English.withArticle(words));
    }
}
