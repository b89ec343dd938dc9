package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Flight Recorder is left out of a full-screen start unless the person starting it said otherwise. */
class FlightRecorderLeftOutTest {
    private final String before = System.getProperty(FlightRecorderLeftOut.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(FlightRecorderLeftOut.PROPERTY);
        } else {
            System.setProperty(FlightRecorderLeftOut.PROPERTY, before);
        }
    }

    @Test
    void leftOutWhenNothingSaysOtherwise() {
        System.clearProperty(FlightRecorderLeftOut.PROPERTY);

        FlightRecorderLeftOut.unlessAsked();

        assertThat(System.getProperty(FlightRecorderLeftOut.PROPERTY)).isEqualTo("true");
    }

    @Test
    void keptWhenThePropertyIsGiven() {
        System.setProperty(FlightRecorderLeftOut.PROPERTY, "false");

        FlightRecorderLeftOut.unlessAsked();

        assertThat(System.getProperty(FlightRecorderLeftOut.PROPERTY)).isEqualTo("false");
    }
}
