package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15, section 5: a place noted as "25 min drive" is 50 minutes of travel, not 0. */
class TravelNoteTest {

    @Test
    void minutesWrittenInThePlaceAreOneWay() {
        assertThat(TravelNote.thereAndBack("Blue Bottle, 25 min drive")).contains(50);
        assertThat(TravelNote.oneWay("Ferry Building (40-minute walk)")).contains(40);
        assertThat(TravelNote.oneWay("25 mins by bike")).contains(25);
    }

    @Test
    void hoursAndHoursWithMinutes() {
        assertThat(TravelNote.oneWay("Boulder, 1 h drive")).contains(60);
        assertThat(TravelNote.oneWay("Denver 1h30 by train")).contains(90);
        assertThat(TravelNote.oneWay("2 hours away")).contains(120);
    }

    @Test
    void aSentenceNamesThePlaceWithoutItsTravelNote() {
        assertThat(TravelNote.placeOnly("Blue Bottle, 25 min drive")).isEqualTo("Blue Bottle");
        assertThat(TravelNote.placeOnly("Ferry Building (40-minute walk)")).isEqualTo("Ferry Building");
        assertThat(TravelNote.placeOnly("Café Blau - 1 h by train")).isEqualTo("Café Blau");
        assertThat(TravelNote.placeOnly("40 min away")).isEqualTo("40 min away");
        assertThat(TravelNote.placeOnly("Boulder")).isEqualTo("Boulder");
    }

    @Test
    void aPlaceWithoutATravelTimeSaysNothing() {
        assertThat(TravelNote.oneWay("Blue Bottle, Mint Plaza")).isEqualTo(Optional.empty());
        assertThat(TravelNote.oneWay("Room 25, 3rd floor")).isEmpty();
        assertThat(TravelNote.oneWay("Studio 54 Main St")).isEmpty();
        assertThat(TravelNote.oneWay("")).isEmpty();
        assertThat(TravelNote.oneWay(null)).isEmpty();
    }
}
