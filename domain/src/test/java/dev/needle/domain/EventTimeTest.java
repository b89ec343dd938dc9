package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "UX Lyon Meetup #42" on Thursday at 19:00: an event's time as people type it and as it is said. */
class EventTimeTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 17);

    @ParameterizedTest
    @CsvSource({"19:00, 19:00", "7pm, 19:00", "7 pm, 19:00", "19h, 19:00", "7:30pm, 19:30", "7:30 PM, 19:30",
            "' 9.15 ', 09:15", "noon, 12:00", "19h30, 19:30"})
    void aStartIsReadAsTyped(String typed, String meant) {
        assertThat(EventTime.read(typed)).isEqualTo(EventTime.at(LocalTime.parse(meant)));
    }

    @ParameterizedTest
    @CsvSource({"19:00-21:00, 19:00, 21:00", "7pm-9pm, 19:00, 21:00", "7-9pm, 19:00, 21:00", "7 to 9:30pm, 19:00, 21:30",
            "19h–21h, 19:00, 21:00", "10-1pm, 10:00, 13:00", "22:00-1:00, 22:00, 01:00", "9am until 5pm, 09:00, 17:00"})
    void aStartAndAnEndAreReadAsTyped(String typed, String start, String end) {
        assertThat(EventTime.read(typed)).isEqualTo(EventTime.at(LocalTime.parse(start)).until(LocalTime.parse(end)));
    }

    /**
     * An end typed without am or pm, as people write the end of an evening ("7pm to 9"), is the first
     * time after the start that it can be on a twelve-hour clock: not 9 the next morning. A 24-hour
     * end ("02:00"), an end after a 24-hour start ("19:00-9:30") or one that cannot follow the start the
     * same day ("11pm-1") is still the next day.
     */
    @ParameterizedTest
    @CsvSource({"7pm-9, 19:00, 21:00", "7pm to 9:30, 19:00, 21:30", "7:30 pm until 10, 19:30, 22:00", "9-5, 09:00, 17:00",
            "10am-1, 10:00, 13:00", "19h-21h, 19:00, 21:00", "11pm-1, 23:00, 01:00", "20:00-02:00, 20:00, 02:00",
            "14:00-04:00, 14:00, 04:00", "9pm-11, 21:00, 23:00", "19:00-9:30, 19:00, 09:30"})
    void anEndWithoutAmOrPmIsTheFirstSuchTimeAfterTheStart(String typed, String start, String end) {
        assertThat(EventTime.read(typed)).isEqualTo(EventTime.at(LocalTime.parse(start)).until(LocalTime.parse(end)));
        assertThat(EventTime.read(typed).said()).doesNotContain("pm to 9 am");
    }

    /** "7pm till about 10" was refused as not a time of day; so were "from 7pm" and "7pm till late". */
    @ParameterizedTest
    @CsvSource({"7pm till about 10, 19:00, 22:00", "from 7pm to around 9.30, 19:00, 21:30", "~19:00-22:00, 19:00, 22:00",
            "7pm-ish to 10ish, 19:00, 22:00", "at 18:30 until approx. 21, 18:30, 21:00"})
    void theWordsPeopleWriteAroundTimesAreLeftOut(String typed, String start, String end) {
        assertThat(EventTime.read(typed)).isEqualTo(EventTime.at(LocalTime.parse(start)).until(LocalTime.parse(end)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7pm till late", "7pm-late", "from 7pm", "about 7pm", "7pm onwards", "7pm, open end", "19:00 sharp"})
    void anEndNobodyKnowsIsAStartAlone(String typed) {
        assertThat(EventTime.read(typed)).isEqualTo(EventTime.at(LocalTime.of(19, 0)));
    }

    @Test
    void nothingTypedIsAllDay() {
        assertThat(EventTime.read("")).isEqualTo(EventTime.ALL_DAY);
        assertThat(EventTime.read("   ")).isEqualTo(EventTime.ALL_DAY);
        assertThat(EventTime.ALL_DAY.isAllDay()).isTrue();
    }

    @Test
    void anHourPastTheClockIsRefusedWithTheFormsATimeTakes() {
        assertThatThrownBy(() -> EventTime.read("25:00")).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"25:00\" is not a time of day: the clock stops at 23:59; write it like 19:00, 7pm, 7:30pm,"
                        + " 19h or 7pm-9pm, or leave it empty for all day.")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tonight", "19:75", "7pm-lunch", "13pm", "after work"})
    void whatIsNoTimeIsRefusedNamingTheForms(String typed) {
        assertThatThrownBy(() -> EventTime.read(typed)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("\"" + typed + "\" is not a time of day")
                .hasMessageEndingWith("write it like " + EventTime.FORMS + ".");
    }

    @Test
    void aCalendarEndsAnEventWithNoEndTwoHoursAfterItsStart() {
        EventTime seven = EventTime.at(LocalTime.of(19, 0));
        assertThat(seven.startOn(THURSDAY)).isEqualTo(LocalDateTime.of(2026, 12, 17, 19, 0));
        assertThat(seven.endOn(THURSDAY)).isEqualTo(LocalDateTime.of(2026, 12, 17, 21, 0));
        assertThat(seven.end()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsOnTheNextDay() {
        EventTime party = EventTime.at(LocalTime.of(22, 0)).until(LocalTime.of(1, 0));
        assertThat(party.endOn(THURSDAY)).isEqualTo(LocalDateTime.of(2026, 12, 18, 1, 0));
    }

    @Test
    void anEndAtTheStartIsNoEnd() {
        assertThat(EventTime.read("19:00-19:00")).isEqualTo(EventTime.at(LocalTime.of(19, 0)));
        assertThat(EventTime.of(Optional.of(LocalTime.NOON), Optional.of(LocalTime.NOON)).end()).isEmpty();
    }

    @Test
    void allDayRunsFromTheStartOfTheDayToTheNext() {
        assertThat(EventTime.ALL_DAY.startOn(THURSDAY)).isEqualTo(THURSDAY.atStartOfDay());
        assertThat(EventTime.ALL_DAY.endOn(THURSDAY)).isEqualTo(THURSDAY.plusDays(1).atStartOfDay());
    }

    @Test
    void anEndWithoutAStartIsRefused() {
        assertThatThrownBy(() -> EventTime.of(Optional.empty(), Optional.of(LocalTime.NOON)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(EventTime.of(Optional.empty(), Optional.empty())).isEqualTo(EventTime.ALL_DAY);
    }

    @Test
    void secondsAreNotKept() {
        assertThat(EventTime.at(LocalTime.of(19, 0, 30))).isEqualTo(EventTime.at(LocalTime.of(19, 0)));
    }

    @Test
    void anEventSaysItsDayAndTimeAsAMessageDoes() {
        Event meetup = Event.plan(new EventId(1), "UX Lyon Meetup #42", THURSDAY, "La Cordée");
        assertThat(meetup.when()).isEqualTo("Thursday, December 17");
        assertThat(meetup.at(EventTime.read("7pm")).when()).isEqualTo("Thursday, December 17 at 7 pm");
        assertThat(meetup.at(EventTime.read("19:00-21:30")).when())
                .isEqualTo("Thursday, December 17 from 7 pm to 9:30 pm");
    }

    @Test
    void aListShowsTheClockAndAChangeNamesAllDay() {
        assertThat(EventTime.read("7pm").shown()).isEqualTo("19:00");
        assertThat(EventTime.read("7-9pm").shown()).isEqualTo("19:00–21:00");
        assertThat(EventTime.ALL_DAY.shown()).isEmpty();
        assertThat(EventTime.ALL_DAY).hasToString("all day");
    }

    @Test
    void aReminderSaysHowSoonTheEventIs() {
        Event meetup = Event.plan(new EventId(1), "UX Lyon Meetup #42", THURSDAY, "La Cordée").at(EventTime.read("19:00"));

        assertThat(meetup.whenFrom(THURSDAY.atTime(16, 0))).isEqualTo("tonight at 7 pm, in 3 hours");
        assertThat(meetup.whenFrom(THURSDAY.atTime(18, 15))).isEqualTo("tonight at 7 pm, in 45 minutes");
        assertThat(meetup.whenFrom(THURSDAY.atTime(18, 0))).isEqualTo("tonight at 7 pm, in 1 hour");
        assertThat(meetup.whenFrom(THURSDAY.atTime(9, 40))).isEqualTo("tonight at 7 pm, in about 9 hours");
        assertThat(meetup.whenFrom(THURSDAY.minusDays(1).atTime(20, 0))).isEqualTo("tomorrow at 7 pm, in 23 hours");
        assertThat(meetup.whenFrom(THURSDAY.minusDays(1).atTime(8, 0))).isEqualTo("tomorrow at 7 pm");
        assertThat(meetup.whenFrom(THURSDAY.minusDays(3).atTime(8, 0))).isEqualTo("Thursday, December 17 at 7 pm");
        assertThat(meetup.at(EventTime.read("8am")).whenFrom(THURSDAY.atTime(7, 0))).isEqualTo("today at 8 am, in 1 hour");
        assertThat(meetup.at(EventTime.ALL_DAY).whenFrom(THURSDAY.atTime(7, 0))).isEqualTo("today");
        assertThat(meetup.at(EventTime.ALL_DAY).whenFrom(THURSDAY.minusDays(1).atTime(7, 0))).isEqualTo("tomorrow");
    }

    @Test
    void aListOfTheDaysAheadSaysTheStartAloneAndNothingOfHowSoon() {
        Event meetup = Event.plan(new EventId(1), "UX Lyon Meetup #42", THURSDAY, "La Cordée").at(EventTime.read("19:00-21:30"));

        assertThat(meetup.startsFrom(THURSDAY)).contains("tonight at 7 pm");
        assertThat(meetup.startsFrom(THURSDAY.minusDays(1))).contains("tomorrow at 7 pm");
        assertThat(meetup.at(EventTime.read("10:30am")).startsFrom(THURSDAY)).contains("today at 10:30 am");
        assertThat(meetup.at(EventTime.ALL_DAY).startsFrom(THURSDAY)).contains("today");
        assertThat(meetup.startsFrom(THURSDAY.minusDays(2))).isEmpty();
        assertThat(meetup.startsFrom(THURSDAY.plusDays(1))).isEmpty();
    }

    @Test
    void anEventIsOverAtItsEndAndAnAllDayOneAtMidnight() {
        Event meetup = Event.plan(new EventId(1), "UX Lyon Meetup #42", THURSDAY, "La Cordée").at(EventTime.read("19:00-21:30"));

        assertThat(meetup.isOverAt(THURSDAY.atTime(21, 29))).isFalse();
        assertThat(meetup.isOverAt(THURSDAY.atTime(21, 30))).isTrue();
        // A start with no end is taken to last the usual two hours.
        assertThat(meetup.at(EventTime.read("19:00")).isOverAt(THURSDAY.atTime(20, 59))).isFalse();
        assertThat(meetup.at(EventTime.read("19:00")).isOverAt(THURSDAY.atTime(21, 0))).isTrue();
        assertThat(meetup.at(EventTime.ALL_DAY).isOverAt(THURSDAY.atTime(23, 59))).isFalse();
        assertThat(meetup.at(EventTime.ALL_DAY).isOverAt(THURSDAY.plusDays(1).atStartOfDay())).isTrue();
    }
}
