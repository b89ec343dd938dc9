package dev.needle.domain.triage;

import dev.needle.domain.Initiator;
import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "give" side of triage: what the contact looks for that you, or someone you know, can offer.
 * {@code first} is the first such thing, with how you would give it: your own offer, or an
 * introduction to the people you know who offer it (or whose role it is). When they asked, the
 * request's own words count as much as their "looking for": an empty "looking for" and a request for
 * advice on baking sourdough still ask for something.
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
        Optional<Gift> asked = askedFor(c, first, names);
        asked.ifPresent(gift -> reasons.add(new Reason(ReasonKind.GIVE, "you can help: they ask about "
                + gift.wanted().inSentence(names) + (gift.isIntroduction() ? ", and you know "
                + Words.count(gift.introduce().size()) + " who can (" + String.join(", ", gift.introduce()) + ")"
                : ", which you offer"))));
        return new GiveCheck(List.copyOf(reasons), Optional.ofNullable(first == null ? asked.orElse(null) : first));
    }

    /**
     * What the words of their request ask for that you offer (one of yours not already given for their
     * "looking for"), else, when nothing else helps, what someone you know offers. The words you wrote
     * for a request you consider making are yours, not theirs.
     */
    private static Optional<Gift> askedFor(TriageCase c, Gift given, Set<String> names) {
        String ask = c.request().ask();
        if (c.request().initiator() != Initiator.THEM || ask.isBlank()) {
            return Optional.empty();
        }
        Optional<Tag> yours = c.yourOffers().stream().sorted().filter(offer -> offer.foundIn(ask))
                .filter(offer -> given == null || given.yourOffer().map(g -> !g.sameAs(offer)).orElse(true)).findFirst();
        if (yours.isPresent()) {
            return Optional.of(new Gift(yours.get(), yours, List.of(), names, true));
        }
        if (given != null) {
            return Optional.empty();
        }
        for (Tag offered : c.network().offersFoundIn(ask)) {
            List<String> known = c.network().namesOffering(offered, c.contact().id());
            if (!known.isEmpty()) {
                return Optional.of(new Gift(offered, Optional.empty(), known.stream().limit(3).toList(), names, true));
            }
        }
        return Optional.empty();
    }

    boolean canHelp() {
        return first.isPresent();
    }
}
