package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
    @Test
    void takesTheWordsPeopleWriteAroundTheHours() {
        assertThat(WeeklyHours.minutes("about 4 hours")).isEqualTo(240);
        assertThat(WeeklyHours.minutes("4 hours a week")).isEqualTo(240);
        assertThat(WeeklyHours.minutes("~3h/week")).isEqualTo(180);
        assertThat(WeeklyHours.minutes("2.5 h per week")).isEqualTo(150);
        assertThat(WeeklyHours.minutes("at most 5 weekly")).isEqualTo(300);
        assertThat(WeeklyHours.minutes("max. 90 min")).isEqualTo(90);
    }

    @Test
    void hoursForAnotherPeriodAreRefusedRatherThanTakenAsAWeek() {
        assertThatThrownBy(() -> WeeklyHours.minutes("10 hours a month")).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"10 hours a month\" is hours a month; this field is hours a week.");
        assertThatThrownBy(() -> WeeklyHours.minutes("1 hour a day")).hasMessageContaining("is hours a day;");
        assertThatThrownBy(() -> WeeklyHours.minutes("about")).hasMessageContaining("is not a number of hours");
    }

    /** Found by RefusalFollowedByOutcomePropertyTest: "170." ended the refusal in two full stops. */
    @Test
    void tooManyHoursTypedWithAFullStopIsQuotedSoTheRefusalEndsOnce() {
        assertThatThrownBy(() -> WeeklyHours.minutes("170."))
                .hasMessage("Weekly hours are between 0 and 168, not \"170.\".");
    }
}
