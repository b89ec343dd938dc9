package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostEstimateTest {

    @Test
    void totalIsMeetingPlusTravel() {
        assertThat(new CostEstimate(60, 30, Money.ZERO).totalMinutes()).isEqualTo(90);
    }

    @Test
    void refusesNegativeTime() {
        assertRefused(() -> new CostEstimate(-1, 0, Money.ZERO), "minutes", "not -1");
        assertRefused(() -> new CostEstimate(0, -1, Money.ZERO), "travel minutes", "not -1");
    }
}
