package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void hoursBecomeMinutes() {
        assertThat(Budget.of(4.5, Money.parse("40")).weeklyMinutes()).isEqualTo(270);
    }

    @Test
    void refusesNegativeOrImpossibleHours() {
        assertRefused(() -> new Budget(-1, Money.ZERO), "weekly minutes", "between 0 and 10080");
        assertRefused(() -> new Budget(10081, Money.ZERO), "weekly minutes", "not 10081");
        assertRefused(() -> new Budget(60, null), "monthly money", "is required");
    }
}
