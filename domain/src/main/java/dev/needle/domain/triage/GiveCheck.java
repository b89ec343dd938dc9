package dev.needle.domain.triage;

import dev.needle.domain.English;
import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "give" side of triage: what the contact looks for that you, or someone you know, can offer.
 * {@code first} is the first such thing, with how you would give it: your own offer, or an
 * introduction to the people you know who offer it (or whose role it is).
 */
record GiveCheck(List<Reason> reasons, Optional<Gift> first) {

    static GiveCheck of(TriageCase c) {
        List<Reason> reasons = new ArrayList<>();
        Gift first = null;
        for (Tag wanted : c.contact().lookingFor().stream().sorted().toList()) {
            Optional<Tag> yours = c.yourOffers().stream().filter(wanted::matches).sorted().findFirst();
            Gift gift = null;
            if (yours.isPresent()) {
                reasons.add(new Reason(ReasonKind.GIVE, "you can help: they look for " + English.inSentence(wanted.value())
                        + ", you offer " + (yours.get().sameAs(wanted) ? "it" : English.inSentence(yours.get().value()))));
                gift = new Gift(wanted, yours, List.of());
            } else {
                List<String> known = c.network().namesOffering(wanted, c.contact().id());
                if (!known.isEmpty()) {
                    reasons.add(new Reason(ReasonKind.GIVE, "you can help: they look for " + English.inSentence(wanted.value()) + ", you know "
                            + Words.count(known.size()) + " who can (" + String.join(", ", known.stream().limit(3).toList()) + ")"));
                    gift = new Gift(wanted, Optional.empty(), known);
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
