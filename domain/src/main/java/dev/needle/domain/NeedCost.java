package dev.needle.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What advancing one need cost: the minutes (meeting plus travel) and money of every interaction that
 * advanced it. An interaction that advanced two needs counts in full for each, since either alone
 * would have been worth the trip.
 */
public record NeedCost(Need need, int interactions, int minutes, Money money) {
    public NeedCost {
        Check.notNull("need", need);
        Check.notNull("money", money);
    }

    /**
     * What the interactions that advanced one need add up to. A store can total these itself (the log
     * grows without end, the totals stay one per need), as long as it follows {@link #perNeed}.
     */
    public record Tally(int interactions, int minutes, Money money) {
        public static final Tally NONE = new Tally(0, 0, Money.ZERO);

        public Tally {
            if (interactions < 0 || minutes < 0) {
                throw new InvalidValueException("tally", "Counts and minutes cannot be negative.");
            }
            Check.notNull("money", money);
        }

        public Tally plus(Interaction interaction) {
            return new Tally(interactions + 1, minutes + interaction.totalMinutes(),
                    money.plus(interaction.expenses().total()));
        }

        /** Every advanced need's tally over this log, in one pass; each interaction counts in full for each need it advanced. */
        public static Map<NeedId, Tally> perNeed(Collection<Interaction> log) {
            Map<NeedId, Tally> tallies = new HashMap<>();
            for (Interaction interaction : log) {
                for (NeedId need : interaction.advanced()) {
                    tallies.put(need, tallies.getOrDefault(need, NONE).plus(interaction));
                }
            }
            return tallies;
        }
    }

    /** One line per need advanced at least once, by priority. */
    public static List<NeedCost> of(Collection<Need> needs, Collection<Interaction> log) {
        return of(needs, Tally.perNeed(log));
    }

    /** One line per need with a tally of at least one interaction, by priority; tallies of needs not given are ignored. */
    public static List<NeedCost> of(Collection<Need> needs, Map<NeedId, Tally> spent) {
        List<NeedCost> costs = new ArrayList<>();
        for (Need need : needs) {
            Tally tally = spent.getOrDefault(need.id(), Tally.NONE);
            if (tally.interactions() > 0) {
                costs.add(new NeedCost(need, tally.interactions(), tally.minutes(), tally.money()));
            }
        }
        costs.sort(Comparator.comparingInt((NeedCost c) -> c.need().priority()).thenComparing(c -> c.need().id()));
        return costs;
    }
}
