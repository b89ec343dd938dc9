package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RapportTest {

    @ParameterizedTest
    @ValueSource(ints = {6, -1, 100})
    void refusesScoresOutOfRange(int score) {
        assertRefused(() -> Rapport.of(score), "rapport", "1 (no connection) to 5 (hit it off), or 0 for not rated; "
                + score + " is out of range");
    }

    @Test
    void zeroMeansNotRated() {
        assertThat(Rapport.of(0).isRated()).isFalse();
        assertThat(Rapport.of(0)).hasToString("not rated");
        assertThat(Rapport.of(1).isRated()).isTrue();
        assertThat(Rapport.of(5)).hasToString("5/5");
    }
}
