package dev.needle.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each teammate's offers and weekly hours, on a team whose direction and money are shared. What a
 * person has not set comes from what the database held before it had a team: the founder keeps the
 * direction's offers, a newcomer offers nothing until they say so, and anyone without their own
 * hours has the team's (the founder's) weekly hours.
 */
public final class PersonalLimits {
    private final Team team;
    private final Map<TeammateId, OwnLimits> own = new HashMap<>();
    private final Set<Tag> directionOffers;
    private final Optional<Budget> teamBudget;

    /**
     * @param directionOffers the active direction's offers, which are the founder's
     * @param teamBudget      the team's budget: its money is everyone's, its hours the founder's
     */
    public PersonalLimits(Team team, List<OwnLimits> own, Set<Tag> directionOffers, Optional<Budget> teamBudget) {
        this.team = Check.notNull("team", team);
        Check.list("limits", own).forEach(limits -> this.own.put(limits.person(), limits));
        this.directionOffers = Check.set("offers", directionOffers);
        this.teamBudget = Check.opt(teamBudget);
    }

    /** Whether {@code person} answers for what the database held before it had a team. */
    public boolean isFounder(Teammate person) {
        return team.founder().map(founder -> founder.id().equals(person.id())).orElse(true);
    }

    /** What {@code person} can offer others. */
    public Set<Tag> offersOf(Teammate person) {
        return ownOf(person).offers().orElseGet(() -> isFounder(person) ? directionOffers : Set.of());
    }

    /** {@code person}'s weekly hours with the team's money; empty while neither is set. */
    public Optional<Budget> budgetOf(Teammate person) {
        Optional<Integer> minutes = ownOf(person).weeklyMinutes();
        if (minutes.isEmpty()) {
            return teamBudget;
        }
        return Optional.of(new Budget(minutes.get(), teamBudget.map(Budget::monthlyMoney).orElse(Money.ZERO)));
    }

    public OwnLimits ownOf(Teammate person) {
        return own.getOrDefault(person.id(), OwnLimits.none(person.id()));
    }
}
