package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TravelMinutesTest {
    @Test
    void aNumberIsThereAndBackAsTheFieldSays() {
        assertThat(TravelMinutes.inField("travel minutes", "50")).isEqualTo(50);
        assertThat(TravelMinutes.inField("travel minutes", "1h30")).isEqualTo(90);
        assertThat(TravelMinutes.inField("travel minutes", "")).isZero();
    }

    @Test
    void oneWayIsCountedTwice() {
        assertThat(TravelMinutes.inField("travel minutes", "25 min each way by U-Bahn")).isEqualTo(50);
        assertThat(TravelMinutes.inField("travel minutes", "1 h one way")).isEqualTo(120);
        assertThat(TravelMinutes.inField("travel minutes", "40 min there and back")).isEqualTo(40);
        assertThat(TravelMinutes.inField("travel minutes", "round trip 1h30")).isEqualTo(90);
    }

    @Test
    void aNoteThatDoesNotSayWhichWayIsAskedAbout() {
        assertRefused(() -> TravelMinutes.inField("travel minutes", "25 min by bike"), "travel minutes",
                "\"25 min by bike\": one way, or there and back? Write \"25 min each way\" or 50.");
        assertRefused(() -> TravelMinutes.inField("travel minutes", "far"), "travel minutes", "is not a number of minutes");
    }
}
