package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedMinutesTest {
    @Test
    void readsALengthOfTimeAsPeopleTypeIt() {
        assertThat(TypedMinutes.read("20", false)).contains(20);
        assertThat(TypedMinutes.read("20 min", false)).contains(20);
        assertThat(TypedMinutes.read("1h30", false)).contains(90);
        assertThat(TypedMinutes.read("1 h 30 min", false)).contains(90);
        assertThat(TypedMinutes.read("1,5 h", false)).contains(90);
        assertThat(TypedMinutes.read("2.5", true)).contains(150);
        assertThat(TypedMinutes.read("3 Hours", true)).contains(180);
    }

    @Test
    void readsALengthOfTimeSaidInWords() {
        // Accepting a coffee, "an hour" was refused as "not a number of minutes".
        assertThat(TypedMinutes.read("an hour", false)).contains(60);
        assertThat(TypedMinutes.read("about an hour", false)).contains(60);
        assertThat(TypedMinutes.read("one hour", false)).contains(60);
        assertThat(TypedMinutes.read("two hours", false)).contains(120);
        assertThat(TypedMinutes.read("half an hour", false)).contains(30);
        assertThat(TypedMinutes.read("half hour", false)).contains(30);
        assertThat(TypedMinutes.read("a quarter of an hour", false)).contains(15);
        assertThat(TypedMinutes.read("an hour and a half", false)).contains(90);
        assertThat(TypedMinutes.read("2 and a half hours", false)).contains(150);
        assertThat(TypedMinutes.read("twenty minutes", false)).contains(20);
        assertThat(TypedMinutes.read("ten minutes", false)).contains(10);
    }

    @Test
    void refusesWhatIsNoLengthOfTimeAndNeverWrapsRound() {
        assertThat(TypedMinutes.read("a few", false)).isEmpty();
        assertThat(TypedMinutes.read("30 min 20", false)).isEmpty();
        assertThat(TypedMinutes.read("99999999999999 h", false)).isEqualTo(Optional.of(Integer.MAX_VALUE));
        assertThat(TypedMinutes.read("-1", true)).contains(-60);
    }
}
