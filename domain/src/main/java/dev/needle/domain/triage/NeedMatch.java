package dev.needle.domain.triage;

import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How one contact matches one need: the strongest target matched and the resulting score (0–100). */
public record NeedMatch(Need need, Target target, int score) {
    /**
     * Added to a target's weight when the contact offers exactly what the target names: a packaging
     * supplier for a packaging-vendor need is strong evidence, not a loose word match on the threshold.
     */
    static final int EXACT_OFFER_BONUS = 20;
    private static final Comparator<NeedMatch> BEST_FIRST =
            Comparator.comparingInt(NeedMatch::score).reversed().thenComparingInt(m -> m.need().priority());

    /** Best match of the contact against the need, if any target matches. */
    public static Optional<NeedMatch> of(Need need, Contact contact, TriageSettings settings) {
        // A plain loop: triage asks this for every need (hundreds) on every request, and a stream per
        // need made most of the garbage, whose collections showed in triage's slowest calls.
        Target best = null;
        for (Target target : need.targets()) {
            // Ties go to the first target listed.
            if ((best == null || settings.targetWeight(target.kind()) > settings.targetWeight(best.kind()))
                    && target.isMatchedBy(contact)) {
                best = target;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int weight = settings.targetWeight(best.kind());
        for (Target target : need.targets()) {
            if (target.isOfferedAsIsBy(contact)) {
                weight = Math.max(weight, Math.min(100, settings.targetWeight(target.kind()) + EXACT_OFFER_BONUS));
            }
        }
        return Optional.of(new NeedMatch(need, best, weight * settings.priorityWeight(need.priority()) / 100));
    }

    /** Matches of the contact against every active need, best first, ties by priority. */
    public static List<NeedMatch> all(List<Need> needs, Contact contact, TriageSettings settings) {
        List<NeedMatch> matches = new ArrayList<>();
        for (Need need : needs) {
            if (need.isActive()) {
                of(need, contact, settings).ifPresent(matches::add);
            }
        }
        matches.sort(BEST_FIRST);
        return List.copyOf(matches);
    }

    /** "matches need 2 — informational interview in market research (role: market research)". */
    public String describe() {
        return "matches " + need.citation() + " (" + target + ")";
    }
}
