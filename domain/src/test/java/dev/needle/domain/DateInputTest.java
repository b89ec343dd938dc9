package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Dates typed the way people type them, always relative to a today passed in. */
class DateInputTest {
    /** A Sunday. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);

    @Test
    void theExamplesOfTheIssueResolveAsExpectedFromASunday() {
        assertThat(on("today")).isEqualTo(SUNDAY);
        assertThat(on("tomorrow")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(on("Thursday")).isEqualTo(THURSDAY);
        assertThat(on("thu")).isEqualTo(THURSDAY);
        assertThat(on("next mon")).isEqualTo(LocalDate.of(2026, 12, 7)); // next week begins tomorrow
        assertThat(on("next thu")).isEqualTo(THURSDAY);
        assertThat(on("+3d")).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(on("+2w")).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(on("12-12")).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(on("12/12")).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(on("dec 12")).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(on("12 dec")).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(on("2027-01-05")).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(DateInput.echo("thu", SUNDAY)).isEqualTo("Thu 2026-12-10");
    }

    @Test
    void inSoManyDaysOrWeeksAndNextWeekReadAsTheySay() {
        // "in 2 weeks" and "in three days" were refused in a follow-up date.
        assertThat(DateInput.parse("in 2 weeks", THURSDAY)).contains(THURSDAY.plusWeeks(2));
        assertThat(DateInput.parse("in three days", THURSDAY)).contains(THURSDAY.plusDays(3));
        assertThat(DateInput.parse("In a week", THURSDAY)).contains(THURSDAY.plusWeeks(1));
        assertThat(DateInput.parse("in 1 month", THURSDAY)).contains(THURSDAY.plusMonths(1));
        assertThat(DateInput.parse("next week", THURSDAY)).contains(LocalDate.of(2026, 12, 14));
    }

    @Test
    void soManyDaysOrWeeksAgoReadAsTheySay() {
        // Logging a coffee of three weeks ago, "three weeks ago" and "3 weeks ago" were refused.
        assertThat(DateInput.parseGone("three weeks ago", THURSDAY)).contains(THURSDAY.minusWeeks(3));
        assertThat(DateInput.parseGone("3 weeks ago", THURSDAY)).contains(THURSDAY.minusWeeks(3));
        assertThat(DateInput.parseGone("a week ago", THURSDAY)).contains(THURSDAY.minusWeeks(1));
        assertThat(DateInput.parseGone("2 days ago", THURSDAY)).contains(THURSDAY.minusDays(2));
        assertThat(DateInput.parseGone("A month ago", THURSDAY)).contains(THURSDAY.minusMonths(1));
        assertThat(DateInput.echoGone("10 days ago", THURSDAY)).isEqualTo("Mon 2026-11-30");
        assertThatThrownBy(() -> DateInput.parseGone("many weeks ago", THURSDAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("3 days ago");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageOfLettersIsRefusedAtOnce() {
        // "so many weeks ago" and "in so many weeks" are read by patterns that must not try every split of a long word.
        assertThatThrownBy(() -> DateInput.parseGone("a".repeat(60_000) + " x", THURSDAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DateInput.parse("in " + "a".repeat(60_000) + " x", THURSDAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aWeekdayTypedOnThatWeekdayMeansNextWeekNotToday() {
        assertThat(DateInput.parse("thursday", THURSDAY)).contains(THURSDAY.plusWeeks(1));
        assertThat(DateInput.parse("today", THURSDAY)).contains(THURSDAY);
    }

    @Test
    void nextWeekdayIsThatDayOfNextCalendarWeek() {
        // On a Monday, "thu" is this week's Thursday and "next thu" the one after it.
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(DateInput.parse("thu", monday)).contains(THURSDAY);
        assertThat(DateInput.parse("next thu", monday)).contains(THURSDAY.plusWeeks(1));
    }

    @Test
    void aMonthDayAlreadyPastThisYearIsNextYears() {
        assertThat(on("12-01")).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(on("dec 6")).isEqualTo(SUNDAY);
    }

    @Test
    void ambiguousOrDayFirstInputIsRefusedSayingWhatToWrite() {
        assertThatThrownBy(() -> on("t")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Tuesday or Thursday");
        assertThatThrownBy(() -> on("ma 3")).hasMessageContaining("March or May");
        assertThatThrownBy(() -> on("25/12")).hasMessage("\"25/12\" is not a date; the month comes first; write 12-25 or name the month, like 25 dec.");
        assertThatThrownBy(() -> on("dec")).hasMessageContaining("add the day");
        assertThatThrownBy(() -> on("02-30")).hasMessageContaining("no day 30 in February");
        assertThatThrownBy(() -> on("soon")).hasMessageContaining("write a day like today, fri");
        // Walked by hand: a key typed twice gave "\"today3\" is not a date; \"today\" is not a month".
        assertThatThrownBy(() -> on("today3")).hasMessage("\"today3\" is not a date; write today alone, or a date like dec 12.");
        assertThatThrownBy(() -> on("fri 3")).hasMessage("\"fri 3\" is not a date; write fri alone, or a date like dec 12.");
    }

    /**
     * Dots are written day first wherever they are used for dates (Germany, Switzerland, Austria, Poland,
     * Russia, Norway, Finland...), with or without the trailing dot: "12.11." is 12 November, never 11 December.
     */
    @Test
    void aDateWrittenWithDotsIsDayThenMonth() {
        assertThat(on("15.12.")).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(on("15.12")).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(on("12.11.")).isEqualTo(LocalDate.of(2027, 11, 12));
        assertThat(on("12.11")).isEqualTo(LocalDate.of(2027, 11, 12));
        assertThat(on("3.4.")).isEqualTo(LocalDate.of(2027, 4, 3));
        assertThat(on("15.12.2026")).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(on("6.12.")).isEqualTo(SUNDAY);
        assertThat(DateInput.echo("24.12.", SUNDAY)).isEqualTo("Thu 2026-12-24");
        assertThat(DateInput.parseGone("4.12.", SUNDAY)).contains(LocalDate.of(2026, 12, 4));
        assertThatThrownBy(() -> on("12.25")).hasMessage("\"12.25\" is not a date; with dots the day comes first, like 25.12.2026;"
                + " there is no month 25.");
        assertThatThrownBy(() -> on("31.11.")).hasMessageContaining("no day 31 in November");
    }

    @Test
    void blankIsNoDate() {
        assertThat(DateInput.parse("  ", SUNDAY)).isEmpty();
        assertThat(DateInput.echo("thurs", SUNDAY)).isEqualTo("Thu 2026-12-10");
        assertThat(DateInput.echo("th", SUNDAY)).isEqualTo("Thu 2026-12-10");
        assertThat(DateInput.echo("t", SUNDAY)).isEmpty();
    }

    @Property
    void isoAlwaysMeansItself(@ForAll("days") LocalDate today, @ForAll("days") LocalDate day) {
        assertThat(DateInput.parse(day.toString(), today)).contains(day);
    }

    @Property
    void aWeekdayNameIsTheNextSuchDayWithinAWeek(@ForAll("days") LocalDate today, @ForAll DayOfWeek weekday,
                                                 @ForAll @IntRange(min = 2, max = 9) int letters) {
        String full = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String typed = full.substring(0, Math.min(full.length(), Math.max(letters, weekday == DayOfWeek.SATURDAY
                || weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.THURSDAY ? 2 : 1)));
        LocalDate resolved = DateInput.parse(typed.toUpperCase(Locale.ROOT), today).orElseThrow();
        assertThat(resolved.getDayOfWeek()).isEqualTo(weekday);
        assertThat(ChronoUnit.DAYS.between(today, resolved)).isBetween(1L, 7L);
        LocalDate next = DateInput.parse("next " + typed, today).orElseThrow();
        assertThat(next.getDayOfWeek()).isEqualTo(weekday);
        assertThat(ChronoUnit.WEEKS.between(monday(today), monday(next))).isEqualTo(1);
    }

    @Property
    void offsetsCountFromToday(@ForAll("days") LocalDate today, @ForAll @IntRange(max = 500) int n) {
        assertThat(DateInput.parse("+" + n + "d", today)).contains(today.plusDays(n));
        assertThat(DateInput.parse("+" + n + "w", today)).contains(today.plusWeeks(n));
        assertThat(DateInput.parse("+" + n + " days", today)).contains(today.plusDays(n));
    }

    @Example
    void theNext28FebruaryFromALeapDayIsAYearOnLessADay() {
        assertThat(DateInput.parse("2-28", LocalDate.of(2000, 2, 29))).contains(LocalDate.of(2001, 2, 28));
        assertThat(DateInput.parse("feb 29", LocalDate.of(2000, 3, 1))).contains(LocalDate.of(2004, 2, 29));
    }

    @Property
    void everyWayOfWritingAMonthDayGivesTheSameNextDay(@ForAll("days") LocalDate today, @ForAll("days") LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        String month = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        LocalDate resolved = DateInput.parse(m + "-" + d, today).orElseThrow();
        assertThat(resolved.getMonth()).isEqualTo(day.getMonth());
        assertThat(resolved.getDayOfMonth()).isEqualTo(d);
        assertThat(resolved).isAfterOrEqualTo(today);
        // A year on from 29 February is 1 March: plusYears clamps it to the 28th, which a Feb 28 may be.
        LocalDate from = today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 29 ? today.plusDays(1) : today;
        assertThat(resolved).isBefore(from.plusYears(day.getMonth() == Month.FEBRUARY && d == 29 ? 8 : 1));
        for (String typed : new String[] {"%02d/%02d".formatted(m, d), month + " " + d, d + " " + month,
                month.toLowerCase(Locale.ROOT) + d, d + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)}) {
            assertThat(DateInput.parse(typed, today)).as(typed).contains(resolved);
        }
    }

    @Property
    void anyTextIsADateOrARefusalNeverACrash(@ForAll("days") LocalDate today, @ForAll @StringLength(max = 16) String text) {
        try {
            DateInput.parse(text, today);
        } catch (InvalidValueException refused) {
            assertThat(refused.getMessage()).startsWith("\"").contains("is not a date");
        }
    }

    @Property
    void theEchoIsTheResolvedDayOrNothing(@ForAll("days") LocalDate today, @ForAll @IntRange(max = 60) int n) {
        LocalDate day = today.plusDays(n);
        assertThat(DateInput.echo("+" + n + "d", today)).endsWith(day.toString())
                .startsWith(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    private static LocalDate on(String text) {
        return DateInput.parse(text, SUNDAY).orElseThrow();
    }

    @Test
    void aDayGoneByIsTheLastOneOfItsName() {
        // Thursday 2026-12-10: the coffee was last Friday, or on December 4, or yesterday.
        assertThat(DateInput.parseGone("fri", THURSDAY)).contains(LocalDate.of(2026, 12, 4));
        assertThat(DateInput.parseGone("thu", THURSDAY)).as("today's name is today").contains(THURSDAY);
        assertThat(DateInput.parseGone("last thu", THURSDAY)).contains(LocalDate.of(2026, 12, 3));
        assertThat(DateInput.parseGone("dec 4", THURSDAY)).contains(LocalDate.of(2026, 12, 4));
        assertThat(DateInput.parseGone("12-24", THURSDAY)).as("last year's").contains(LocalDate.of(2025, 12, 24));
        assertThat(DateInput.parseGone("yesterday", THURSDAY)).contains(LocalDate.of(2026, 12, 9));
        assertThat(DateInput.parseGone("-3d", THURSDAY)).contains(LocalDate.of(2026, 12, 7));
        assertThat(DateInput.parseGone("", THURSDAY)).isEmpty();
    }

    @Test
    void aDayStillToComeIsNoDayGoneBy() {
        assertThatThrownBy(() -> DateInput.parseGone("tomorrow", THURSDAY)).isInstanceOf(InvalidValueException.class)
                .hasMessage("\"tomorrow\" is Fri 2026-12-11, still to come; write the day it happened, like yesterday, "
                        + "fri (the last one), -3d or dec 4.");
        assertThatThrownBy(() -> DateInput.parseGone("+2d", THURSDAY)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DateInput.parseGone("2027-01-05", THURSDAY)).isInstanceOf(InvalidValueException.class);
        // Walked at LANG=C: a day gone by that is no date at all was answered with "+3d, +2w", forms for days to come.
        assertThatThrownBy(() -> DateInput.parseGone("the day before yesterday please", THURSDAY))
                .hasMessageEndingWith("write a day like " + DateInput.HELP_GONE + ".");
        assertThatThrownBy(() -> DateInput.checkGone("someday")).hasMessageEndingWith(DateInput.HELP_GONE + ".");
    }
}
