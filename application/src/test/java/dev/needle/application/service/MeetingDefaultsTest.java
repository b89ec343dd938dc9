package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Channel;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingDefaultsTest {
    private final MeetingDefaults defaults = MeetingDefaults.standard();

    private CostEstimate guess(Channel format) {
        return defaults.estimate(format, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void eachFormatHasItsOwnDefaultLengthAndOnlyCoffeeCostsMoney() {
        assertThat(guess(Channel.IN_PERSON)).isEqualTo(new CostEstimate(60, 0, Money.ZERO));
        assertThat(guess(Channel.COFFEE)).isEqualTo(new CostEstimate(45, 0, Money.parse("5")));
        assertThat(guess(Channel.CALL)).isEqualTo(new CostEstimate(30, 0, Money.ZERO));
        assertThat(guess(Channel.VIDEO)).isEqualTo(new CostEstimate(30, 0, Money.ZERO));
        assertThat(guess(Channel.EMAIL)).isEqualTo(new CostEstimate(10, 0, Money.ZERO));
        assertThat(guess(Channel.MESSAGE)).isEqualTo(new CostEstimate(5, 0, Money.ZERO));
    }

    @Test
    void whatTheUserSaidWinsPartByPart() {
        assertThat(defaults.estimate(Channel.COFFEE, Optional.empty(), Optional.of(25), Optional.empty()))
                .isEqualTo(new CostEstimate(45, 25, Money.parse("5")));
    }

    @Test
    void defaultsMissingAFormatAreRefusedWhenLoaded() {
        assertThatThrownBy(() -> new MeetingDefaults(Map.of(Channel.CALL, 30), 0, Map.of()))
                .isInstanceOf(InvalidValueException.class);
    }
}
