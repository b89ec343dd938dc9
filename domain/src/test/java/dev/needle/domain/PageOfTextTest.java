package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/**
 * A damaged file or a paste can put a page of text where a number, a day or a time belongs. Each
 * reader refuses it at once, and the refusal quotes its start, not the page. Money did neither (CI's
 * fuzz test: 31 s and 58 000 quoted spaces); the others share its patterns and its quoting.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PageOfTextTest {
    private static final String PAGE = "4" + " ".repeat(58_000) + "{.50";

    private static void refusedShort(Executable reading) {
        assertThatThrownBy(reading::execute).isInstanceOf(InvalidValueException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).hasSizeLessThan(200).contains("…\""));
    }

    @Test
    void amountsAndAMonthsMoney() {
        refusedShort(() -> Money.parse(PAGE));
        refusedShort(() -> Money.aMonth(PAGE, '.'));
    }

    @Test
    void lengthsOfTimeHoursAndTravel() {
        refusedShort(() -> TypedMinutes.inField("minutes", PAGE));
        refusedShort(() -> WeeklyHours.minutes(PAGE));
        refusedShort(() -> TravelMinutes.inField("travel minutes", PAGE));
    }

    @Test
    void travelSaidInALongSentenceIsStillRead() {
        String said = "25 minutes on the tram and then a long walk along the river because the metro was closed"
                + " for repairs again";
        assertThatThrownBy(() -> TravelMinutes.inField("travel minutes", said)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("one way, or there and back? Write \"25 min each way\" or 50.");
    }

    @Test
    void daysAndTimes() {
        refusedShort(() -> DateInput.parse(PAGE, LocalDate.of(2026, 12, 7)));
        refusedShort(() -> EventTime.read(PAGE));
        assertThat(TimeInput.parse(PAGE)).isEmpty();
    }
}
