package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.needle.application.port.in.TeammateLimits;
import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import dev.needle.domain.Tag;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One teammate's own offers and weekly hours, by name, in a plan or a backup. A part left out is one
 * the person has not set ({@code offers: []} says they offer nothing). Hours are written as in the
 * budget: {@code weekly-hours}, or {@code weekly-minutes} when that is exact where hours are not.
 */
record TeammateLimitsDoc(String name, @JsonInclude(JsonInclude.Include.NON_NULL) Set<Tag> offers, BigDecimal weeklyHours, Integer weeklyMinutes) {
    TeammateLimits toDomain() {
        Optional<Integer> minutes = weeklyHours == null && weeklyMinutes == null ? Optional.empty()
                : Optional.of(new BudgetDoc(weeklyHours, weeklyMinutes, Money.ZERO).toDomain().weeklyMinutes());
        return new TeammateLimits(Required.present("name", name), Optional.ofNullable(offers), minutes);
    }

    static TeammateLimitsDoc of(TeammateLimits t) {
        BudgetDoc hours = t.weeklyMinutes().map(m -> BudgetDoc.of(new Budget(m, Money.ZERO))).orElse(null);
        return new TeammateLimitsDoc(t.name(), t.offers().map(TreeSet::new).orElse(null),
                hours == null ? null : hours.weeklyHours(), hours == null ? null : hours.weeklyMinutes());
    }
}
