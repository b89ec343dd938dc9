package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    @Test
    void aWeekRunsFromMondayToSundaySoOnSundayNextMondayIsNextWeek() {
        Week week = Week.of(SUNDAY);
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.contains(SUNDAY)).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(Week.of(LocalDate.of(2026, 12, 7)).sunday()).isEqualTo(LocalDate.of(2026, 12, 13));
    }
}
