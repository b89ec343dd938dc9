package dev.needle.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of some needs each person in a long list can serve: those with a target the person matches
 * ({@link Need#targetsMatchedBy}). A target's answer comes from the person's company, role and offered tags
 * one at a time, and these repeat from person to person, so each is worked out once per target: `needle due`
 * asks it of a thousand people and more.
 */
public final class NeedsServed {
    private final List<Need> needs;
    /** Per need, one {@link Answers} per target, in the targets' order. */
    private final List<List<Answers>> answers = new ArrayList<>();

    public NeedsServed(List<Need> needs) {
        this.needs = List.copyOf(needs);
        for (Need need : this.needs) {
            answers.add(need.targets().stream().map(Answers::new).toList());
        }
    }

    /** The needs {@code person} can serve, in the order they were given. */
    public List<Need> by(Contact person) {
        List<Need> served = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            for (Answers target : answers.get(i)) {
                if (target.matchedBy(person)) {
                    served.add(needs.get(i));
                    break;
                }
            }
        }
        return served;
    }

    /** One target's answers so far, by company, by role and by offered tag. */
    private static final class Answers {
        private final Target target;
        private final Map<String, Boolean> byCompany = new HashMap<>();
        private final Map<String, Boolean> byRole = new HashMap<>();
        private final Map<String, Boolean> byTag = new HashMap<>();

        Answers(Target target) {
            this.target = target;
        }

        boolean matchedBy(Contact person) {
            if (byCompany.computeIfAbsent(person.company(), target::isMatchedByCompany)
                    || byRole.computeIfAbsent(person.role(), target::isMatchedByRole)) {
                return true;
            }
            for (Tag tag : person.offers()) {
                if (byTag.computeIfAbsent(tag.value(), value -> target.isOfferedAs(tag))) {
                    return true;
                }
            }
            return false;
        }
    }
}
