package dev.needle.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which of some needs each person in a long list can serve: those with a target the person matches
 * ({@link Need#targetsMatchedBy}). A target is matched by the person's company, role or one offered tag, each
 * alone, and these repeat from person to person: the needs each value serves are worked out once, and a
 * person's are those of their company, role and tags together. `needle due` asks it of a thousand people.
 */
public final class NeedsServed {
    private final List<Need> needs;
    private final Map<String, BitSet> byCompany = new HashMap<>();
    private final Map<String, BitSet> byRole = new HashMap<>();
    private final Map<String, BitSet> byTag = new HashMap<>();

    public NeedsServed(List<Need> needs) {
        this.needs = List.copyOf(needs);
    }

    /** The needs {@code person} can serve, in the order they were given. */
    public List<Need> by(Contact person) {
        BitSet served = new BitSet(needs.size());
        served.or(byCompany.computeIfAbsent(person.company(), company -> served(t -> t.isMatchedByCompany(company))));
        served.or(byRole.computeIfAbsent(person.role(), role -> served(t -> t.isMatchedByRole(role))));
        for (Tag tag : person.offers()) {
            served.or(byTag.computeIfAbsent(tag.value(), value -> served(t -> t.isOfferedAs(tag))));
        }
        List<Need> found = new ArrayList<>(served.cardinality());
        served.stream().forEach(i -> found.add(needs.get(i)));
        return found;
    }

    /** The needs with a target that {@code matches}. */
    private BitSet served(Predicate<Target> matches) {
        BitSet served = new BitSet(needs.size());
        for (int i = 0; i < needs.size(); i++) {
            if (needs.get(i).targets().stream().anyMatch(matches)) {
                served.set(i);
            }
        }
        return served;
    }
}
