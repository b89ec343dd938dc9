package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times as people type them into the accept form: "9:30" was refused as "not a time". */
class TimeInputTest {
    @ParameterizedTest
    @CsvSource({"14:30, 14:30", "9:30, 09:30", "09:30, 09:30", "9.30, 09:30", "9, 09:00", "9am, 09:00",
            "9 AM, 09:00", "2pm, 14:00", "2:30 pm, 14:30", "12am, 00:00", "12pm, 12:00", "noon, 12:00",
            "' 18:05 ', 18:05", "0:15, 00:15", "23:59, 23:59", "9h30, 09:30", "19h, 19:00", "7 pm, 19:00",
            "7:30pm, 19:30",
            // Said rather than written: "half past 5" was refused as "not a time".
            "half past 5, 05:30", "half past 5 pm, 17:30", "half past five pm, 17:30", "quarter past 3pm, 15:15", "a quarter past 3pm, 15:15",
            "quarter to 4 pm, 15:45", "10 past 9, 09:10", "quarter to 1 pm, 12:45", "5 o'clock, 05:00",
            "five o'clock pm, 17:00", "at half past 10am, 10:30"})
    void readsATimeAsTyped(String typed, String meant) {
        assertThat(TimeInput.parse(typed)).contains(LocalTime.parse(meant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "after lunch", "24:00", "9:60", "13pm", "0am", "9:3", "930", "-1", "9:30:15",
            "half past", "half past thirteen", "half to 5", "70 past 3", "quarter past 13 pm"})
    void refusesWhatIsNotATime(String typed) {
        assertThat(TimeInput.parse(typed)).isEmpty();
    }
}
