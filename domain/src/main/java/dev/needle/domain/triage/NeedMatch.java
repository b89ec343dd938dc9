package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.Target;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How one contact matches one need: the strongest target matched and the resulting score (0–100). */
public record NeedMatch(Need need, Target target, int score) {

    /** Best match of the contact against the need, if any target matches. */
    public static Optional<NeedMatch> of(Need need, Contact contact, TriageSettings settings) {
        return need.targetsMatchedBy(contact).stream()
                .max(Comparator.comparingInt(t -> settings.targetWeight(t.kind())))
                .map(t -> new NeedMatch(need, t,
                        settings.targetWeight(t.kind()) * settings.priorityWeight(need.priority()) / 100));
    }

    /** Matches of the contact against every active need, best first, ties by priority. */
    public static List<NeedMatch> all(List<Need> needs, Contact contact, TriageSettings settings) {
        return needs.stream()
                .filter(Need::isActive)
                .map(need -> of(need, contact, settings))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(NeedMatch::score).reversed()
                        .thenComparingInt(m -> m.need().priority()))
                .toList();
    }

    /** "matches need 2 — informational interview in market research (role: market research)". */
    public String describe() {
        return "matches " + need.citation() + " (" + target + ")";
    }
}
