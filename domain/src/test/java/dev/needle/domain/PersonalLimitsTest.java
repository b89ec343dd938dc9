package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalLimitsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private final Teammate alice = new Teammate(new TeammateId(1), "Alice", DAY);
    private final Teammate bob = new Teammate(new TeammateId(2), "Bob", DAY);
    private final Team team = new Team(List.of(alice, bob));
    private final Set<Tag> bakery = Set.of(Tag.of("sourdough"));
    private final Budget fourHours = new Budget(240, Money.parse("100"));

    @Test
    void theFounderKeepsTheDirectionsOffersAndHoursANewcomerOffersNothingYet() {
        PersonalLimits limits = new PersonalLimits(team, List.of(), bakery, Optional.of(fourHours));

        assertThat(limits.offersOf(alice)).isEqualTo(bakery);
        assertThat(limits.offersOf(bob)).isEmpty();
        assertThat(limits.budgetOf(alice)).contains(fourHours);
        assertThat(limits.budgetOf(bob)).contains(fourHours);
    }

    @Test
    void whatSomeoneSetIsTheirsAndTheMoneyStaysTheTeams() {
        PersonalLimits limits = new PersonalLimits(team, List.of(OwnLimits.none(bob.id())
                .withOffers(Set.of(Tag.of("bookkeeping"))).withWeeklyMinutes(60)), bakery, Optional.of(fourHours));

        assertThat(limits.offersOf(bob)).containsExactly(Tag.of("bookkeeping"));
        assertThat(limits.budgetOf(bob)).contains(new Budget(60, Money.parse("100")));
        assertThat(limits.offersOf(alice)).isEqualTo(bakery);
        assertThat(limits.budgetOf(alice)).contains(fourHours);
    }

    @Test
    void beforeAnyoneJoinsTheOnePersonIsTheFounder() {
        PersonalLimits limits = new PersonalLimits(Team.EMPTY, List.of(), bakery, Optional.empty());

        assertThat(limits.offersOf(bob)).isEqualTo(bakery);
        assertThat(limits.budgetOf(bob)).isEmpty();
    }
}
