package dev.needle.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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

    /** One line per need advanced at least once, by priority. */
    public static List<NeedCost> of(Collection<Need> needs, Collection<Interaction> log) {
        List<NeedCost> costs = new ArrayList<>();
        for (Need need : needs) {
            int count = 0;
            int minutes = 0;
            Money money = Money.ZERO;
            for (Interaction interaction : log) {
                if (interaction.advanced().contains(need.id())) {
                    count++;
                    minutes += interaction.totalMinutes();
                    money = money.plus(interaction.expenses().total());
                }
            }
            if (count > 0) {
                costs.add(new NeedCost(need, count, minutes, money));
            }
        }
        costs.sort(Comparator.comparingInt((NeedCost c) -> c.need().priority()).thenComparing(c -> c.need().id()));
        return costs;
    }
}
