package dev.needle.adapter.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetBarTest {

    @Test
    void aBookingTooSmallForACellStillShowsOne() {
        // 2 minutes of 2 hours is a third of a cell: booked, yet the bar would look as if nothing were.
        assertThat(BudgetBar.of(60, 2, 120)).isEqualTo("[" + "█".repeat(10) + "░" + "·".repeat(9) + "]");
    }

    @Test
    void spentAndBookedOverTheBudgetFillTheBarAndSaySo() {
        assertThat(BudgetBar.of(90, 60, 120)).isEqualTo("[" + "█".repeat(15) + "░".repeat(5) + "]!");
        assertThat(BudgetBar.of(150, 0, 120)).isEqualTo("[" + "█".repeat(20) + "]!");
    }
}
