package dev.needle.domain.triage;

import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "give" side of triage: what the contact looks for that you, or someone you know, can offer.
 * {@code first} is the first such thing, with how you would give it: your own offer, or an
 * introduction to the people you know who offer it (or whose role it is).
 */
record GiveCheck(List<Reason> reasons, Optional<Gift> first) {

    static GiveCheck of(TriageCase c) {
        List<Reason> reasons = new ArrayList<>();
        Gift first = null;
        List<Tag> all = new ArrayList<>(c.contact().lookingFor());
        all.addAll(c.contact().offers());
        all.addAll(c.yourOffers());
        Set<String> names = Tag.namesIn(all, c.contact().company());
        for (Tag wanted : c.contact().lookingFor().stream().sorted().toList()) {
            Optional<Tag> yours = c.yourOffers().stream().filter(wanted::matches).sorted().findFirst();
            Gift gift = null;
            if (yours.isPresent()) {
                reasons.add(new Reason(ReasonKind.GIVE, "you can help: they look for " + wanted.inSentence(names)
                        + ", you offer " + (yours.get().sameAs(wanted) ? "it" : yours.get().inSentence(names))));
                gift = new Gift(wanted, yours, List.of(), names);
            } else {
                List<String> known = c.network().namesOffering(wanted, c.contact().id());
                if (!known.isEmpty()) {
                    reasons.add(new Reason(ReasonKind.GIVE, "you can help: they look for " + wanted.inSentence(names) + ", you know "
                            + Words.count(known.size()) + " who can (" + String.join(", ", known.stream().limit(3).toList()) + ")"));
                    gift = new Gift(wanted, Optional.empty(), known, names);
                }
            }
            first = first == null ? gift : first;
        }
        return new GiveCheck(List.copyOf(reasons), Optional.ofNullable(first));
    }

    boolean canHelp() {
        return first.isPresent();
    }
}
