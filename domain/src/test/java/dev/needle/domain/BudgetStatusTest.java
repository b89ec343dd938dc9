package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BudgetStatusTest {
    /** A Wednesday; its week runs Monday 13 to Sunday 19 May. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
    private static final Budget FOUR_HOURS_FORTY = new Budget(240, Money.parse("40"));
    private final AtomicLong ids = new AtomicLong(1);

    private Interaction spent(LocalDate date, Channel channel, int minutes, int travel, String money) {
        return new Interaction(new InteractionId(ids.getAndIncrement()), new ContactId(1), date, channel, minutes, travel,
                Expenses.of(ExpenseKind.COFFEE, Money.parse(money)), "", Set.of());
    }

    private MeetingRequest scheduled(java.time.LocalDateTime at, Channel format, int minutes, int travel, String money) {
        MeetingRequest asked = MeetingRequest.pending(new MeetingRequestId(ids.getAndIncrement()), new ContactId(1),
                WEDNESDAY, Initiator.THEM, "coffee", format, "Café", java.util.Optional.empty(),
                new CostEstimate(minutes, travel, Money.parse(money)));
        return asked.accept(new Schedule(at, "Café", format, minutes), new CostEstimate(minutes, travel, Money.parse(money)),
                "");
    }

    @Test
    void meetingsScheduledAndStillToComeAreBookedAgainstWhatIsLeft() {
        // Two coffees accepted for Thursday and Friday left "4 h left" this week: a third fit as well.
        java.time.LocalDateTime now = WEDNESDAY.atTime(12, 0);
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY,
                List.of(spent(WEDNESDAY.minusDays(1), Channel.COFFEE, 60, 0, "5.00"))).booking(List.of(
                        scheduled(WEDNESDAY.plusDays(1).atTime(10, 0), Channel.COFFEE, 60, 30, "6.00"), // Thursday
                        scheduled(WEDNESDAY.plusDays(2).atTime(15, 0), Channel.IN_PERSON, 45, 15, "0"), // Friday
                        scheduled(WEDNESDAY.atTime(9, 0), Channel.COFFEE, 60, 0, "4.00"),     // this morning: logged or not held
                        scheduled(WEDNESDAY.plusDays(1).atTime(11, 0), Channel.CALL, 30, 0, "0"), // a call takes no budgeted hours
                        scheduled(WEDNESDAY.plusDays(6).atTime(10, 0), Channel.COFFEE, 60, 0, "3.00")), // next Tuesday, in May
                now);

        assertThat(status.minutesBooked()).isEqualTo(150);
        assertThat(status.minutesLeft()).isEqualTo(240 - 60 - 150);
        assertThat(status.hoursBookedSaid()).isEqualTo("2.5 h booked, ");
        assertThat(status.moneyBooked()).isEqualTo(Money.parse("9.00"));
        assertThat(status.moneyLeft()).isEqualTo(Money.parse("26.00"));
        assertThat(status.hoursFit(new CostEstimate(60, 0, Money.ZERO))).isFalse();
        assertThat(status.hoursFit(new CostEstimate(30, 0, Money.ZERO))).isTrue();
    }

    @Test
    void aMeetingLoggedAheadOfItsDayIsSpentOnceAndNoLongerBooked() {
        // Logged on Wednesday, Friday's coffee was counted as spent and still as booked.
        MeetingRequest friday = scheduled(WEDNESDAY.plusDays(2).atTime(15, 0), Channel.COFFEE, 45, 15, "4.50");
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY,
                List.of(spent(WEDNESDAY, Channel.COFFEE, 45, 15, "4.50"))).booking(List.of(friday.held()),
                WEDNESDAY.atTime(12, 0));

        assertThat(status.minutesCommitted()).isEqualTo(60);
        assertThat(status.moneyCommitted()).isEqualTo(Money.parse("4.50"));
        assertThat(status.moneyBookedSaid()).isEmpty();
    }

    @Test
    void theWeekRunsMondayToSunday() {
        assertThat(WEDNESDAY.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY, List.of(
                spent(LocalDate.of(2024, 5, 12), Channel.COFFEE, 60, 0, "0"),   // Sunday before: last week
                spent(LocalDate.of(2024, 5, 13), Channel.COFFEE, 30, 10, "0"),  // Monday
                spent(LocalDate.of(2024, 5, 19), Channel.IN_PERSON, 20, 0, "0"), // Sunday
                spent(LocalDate.of(2024, 5, 20), Channel.COFFEE, 60, 0, "0"))); // next Monday
        assertThat(status.minutesThisWeek()).isEqualTo(60);
    }

    @Test
    void onSundayTheWeekStillStartedOnMonday() {
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, LocalDate.of(2024, 5, 19),
                List.of(spent(LocalDate.of(2024, 5, 13), Channel.COFFEE, 45, 0, "0")));
        assertThat(status.minutesThisWeek()).isEqualTo(45);
    }

    @Test
    void moneyCountsByCalendarMonthEvenWithinOneWeek() {
        LocalDate firstOfMay = LocalDate.of(2024, 5, 1); // a Wednesday: its week began on 29 April
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, firstOfMay, List.of(
                spent(LocalDate.of(2024, 4, 30), Channel.COFFEE, 60, 0, "12.00"),
                spent(LocalDate.of(2024, 5, 31), Channel.EMAIL, 0, 0, "3.50"),
                spent(LocalDate.of(2023, 5, 10), Channel.COFFEE, 0, 0, "99")));
        assertThat(status.minutesThisWeek()).isEqualTo(60);
        assertThat(status.moneyThisMonth()).isEqualTo(Money.parse("3.50"));
    }

    @Test
    void onlyFaceToFaceMinutesCount() {
        BudgetStatus status = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY, List.of(
                spent(WEDNESDAY, Channel.CALL, 45, 0, "0"),
                spent(WEDNESDAY, Channel.VIDEO, 30, 0, "2.00"),
                spent(WEDNESDAY, Channel.COFFEE, 50, 15, "4.50")));
        assertThat(status.minutesThisWeek()).isEqualTo(65);
        assertThat(status.moneyThisMonth()).isEqualTo(Money.parse("6.50"));
    }

    @Test
    void exactlyTheBudgetFitsAndOneMinuteOverDoesNot() {
        BudgetStatus status = new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, 150, Money.parse("30"));
        assertThat(status.fits(new CostEstimate(60, 30, Money.ZERO))).isTrue();
        assertThat(status.hoursFit(new CostEstimate(60, 31, Money.ZERO))).isFalse();
        assertThat(status.fits(new CostEstimate(61, 30, Money.ZERO))).isFalse();
    }

    @Test
    void exactlyTheMoneyFitsAndOneCentOverDoesNot() {
        BudgetStatus status = new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, 0, Money.parse("30"));
        assertThat(status.fits(new CostEstimate(60, 0, Money.parse("10.00")))).isTrue();
        assertThat(status.moneyFits(new CostEstimate(60, 0, Money.parse("10.01")))).isFalse();
        assertThat(status.fits(new CostEstimate(60, 0, Money.parse("10.01")))).isFalse();
    }

    @Test
    void whatIsLeftNeverGoesNegative() {
        BudgetStatus over = new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, 300, Money.parse("55"));
        assertThat(over.minutesLeft()).isZero();
        assertThat(over.moneyLeft()).isEqualTo(Money.ZERO);
        BudgetStatus under = new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, 90, Money.parse("12.50"));
        assertThat(under.minutesLeft()).isEqualTo(150);
        assertThat(under.moneyLeft()).isEqualTo(Money.parse("27.50"));
    }

    @Test
    void refusesNegativeSpentMinutes() {
        assertRefused(() -> new BudgetStatus(FOUR_HOURS_FORTY, WEDNESDAY, -1, Money.ZERO), "minutes", "cannot be negative");
    }

    @Test
    void hoursReadTheWayPeopleSayThem() {
        assertThat(BudgetStatus.hours(240)).isEqualTo("4");
        assertThat(BudgetStatus.hours(270)).isEqualTo("4.5");
        assertThat(BudgetStatus.hours(0)).isEqualTo("0");
    }

    @Test
    void hoursBeyondABudgetNeverReadAsTheBudget() {
        // One minute over four hours must not read "4 h": the reason would say "over budget: 4 h of 4 h".
        assertThat(BudgetStatus.hours(241)).isEqualTo("4.1");
        assertThat(BudgetStatus.hours(239)).isEqualTo("4");
    }

    @Property
    void spendingMoreThanABudgetAlwaysReadsAsMore(@ForAll @IntRange(min = 0, max = 1680) int tenthsOfHours,
                                                  @ForAll @IntRange(min = 1, max = 600) int minutesOver) {
        int budget = tenthsOfHours * 6; // budgets are set in hours with at most one decimal
        assertThat(new BigDecimal(BudgetStatus.hours(budget + minutesOver)))
                .isGreaterThan(new BigDecimal(BudgetStatus.hours(budget)));
    }

    @Test
    void aMeetingsDayIsWeighedInItsOwnWeekAndMonthAndTheyAreNamed() {
        LocalDate newYear = LocalDate.of(2025, 1, 2); // Thursday; its week began on Monday, December 30
        List<Interaction> spent = List.of(spent(WEDNESDAY, Channel.COFFEE, 60, 0, "30"),
                spent(newYear, Channel.COFFEE, 45, 0, "5"));

        BudgetStatus now = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY, WEDNESDAY.plusDays(4), spent, spent);
        BudgetStatus later = BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY, newYear, spent, spent);

        assertThat(now.minutesThisWeek()).isEqualTo(60);
        assertThat(now.week()).isEqualTo("this week");
        assertThat(now.month()).isEqualTo("this month");
        assertThat(later.minutesThisWeek()).isEqualTo(45);
        assertThat(later.moneyThisMonth()).isEqualTo(Money.parse("5"));
        assertThat(later.week()).isEqualTo("in the week of December 30");
        assertThat(later.month()).isEqualTo("in January 2025");
        assertThat(BudgetStatus.of(FOUR_HOURS_FORTY, WEDNESDAY, WEDNESDAY.plusDays(5), spent, spent).week())
                .isEqualTo("in the week of May 20");
    }
}
