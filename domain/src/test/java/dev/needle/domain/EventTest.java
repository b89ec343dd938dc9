package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void refusesAnEmptyNameOrNoDate() {
        assertRefused(() -> Event.plan(new EventId(1), "", DAY, ""), "name", "Name must not be empty");
        assertRefused(() -> Event.plan(new EventId(1), "Meetup", null, ""), "date", "Date is required");
    }

    @Test
    void namesAreNfcNormalized() {
        assertThat(Event.plan(new EventId(1), "Re\u0301seau", DAY, "")).isEqualTo(Event.plan(new EventId(1), "Réseau", DAY, ""));
    }

    @Test
    void isUpcomingThroughItsOwnDay() {
        Event event = Event.plan(new EventId(1), "Meetup", DAY, "Hall");
        assertThat(event.isUpcoming(DAY)).isTrue();
        assertThat(event.isUpcoming(DAY.plusDays(1))).isFalse();
    }
}
