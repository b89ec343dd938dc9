package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationOptionTest {
    private final DurationOption option = new DurationOption();

    @Test
    void readsTheShortFormsAndIso() {
        assertThat(option.convert("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(option.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(option.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(option.convert("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(option.convert("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void refusesNonsenseAndZero() {
        assertThatThrownBy(() -> option.convert("soon")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("8h");
        assertThatThrownBy(() -> option.convert("0m")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> option.convert("-PT1H")).isInstanceOf(TypeConversionException.class);
    }
}
