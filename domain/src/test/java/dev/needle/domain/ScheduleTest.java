package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 5, 20, 9, 30);

    @Test
    void faceToFaceNeedsAPlace() {
        assertRefused(() -> new Schedule(AT, " ", Channel.IN_PERSON, 60), "place", "needs a place");
        assertRefused(() -> new Schedule(AT, "", Channel.COFFEE, 60), "place", "needs a place");
    }

    /** A walk read "A meeting coffee needs a place." when a coffee was accepted with no place. */
    @Test
    void theRefusalNamesTheMeetingAsASentenceWould() {
        assertThatThrownBy(() -> new Schedule(AT, "", Channel.COFFEE, 45)).hasMessage("A coffee needs a place.");
        assertThatThrownBy(() -> new Schedule(AT, "", Channel.IN_PERSON, 60))
                .hasMessage("An in-person meeting needs a place.");
    }

    @Test
    void aCallNeedsNoPlace() {
        assertThat(new Schedule(AT, "", Channel.CALL, 30).place()).isEmpty();
    }

    @Test
    void refusesAMeetingWithoutTimeOrLength() {
        assertRefused(() -> new Schedule(null, "Café", Channel.COFFEE, 60), "date and time", "is required");
        assertRefused(() -> new Schedule(AT, "Café", Channel.COFFEE, 0), "minutes", "between 1 and 1440");
    }
}
