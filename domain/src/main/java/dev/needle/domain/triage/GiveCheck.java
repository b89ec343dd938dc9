package dev.needle.domain.triage;

import dev.needle.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The "give" side of triage: what the contact looks for that you, or someone you know, can offer. */
record GiveCheck(List<Reason> reasons, Optional<Tag> firstHelp) {

    static GiveCheck of(TriageCase c) {
        List<Reason> reasons = new ArrayList<>();
        Tag first = null;
        for (Tag wanted : c.contact().lookingFor().stream().sorted().toList()) {
            String text = null;
            if (c.yourOffers().stream().anyMatch(wanted::matches)) {
                text = "you can help: they look for " + wanted + ", you offer it";
            } else {
                long known = c.network().countOffering(wanted, c.contact().id());
                if (known > 0) {
                    text = "you can help: they look for " + wanted + ", you know " + Words.count(known);
                }
            }
            if (text != null) {
                reasons.add(new Reason(ReasonKind.GIVE, text));
                first = first == null ? wanted : first;
            }
        }
        return new GiveCheck(List.copyOf(reasons), Optional.ofNullable(first));
    }

    boolean canHelp() {
        return firstHelp.isPresent();
    }
}
