package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    static Interaction interaction(Channel channel, int minutes, int travel, Expenses expenses) {
        return new Interaction(new InteractionId(1), new ContactId(1), DAY, channel, minutes, travel, expenses, "", Set.of());
    }

    @Test
    void aCallHasNoTravel() {
        assertRefused(() -> interaction(Channel.CALL, 30, 10, Expenses.NONE), "travel minutes", "A call has no travel; travel minutes must be 0.");
    }

    @Test
    void refusesNegativeMinutes() {
        assertRefused(() -> interaction(Channel.COFFEE, -5, 0, Expenses.NONE), "minutes", "between 0 and 1440, not -5");
        assertRefused(() -> interaction(Channel.COFFEE, 30, -1, Expenses.NONE), "travel minutes", "not -1");
    }

    @Test
    void faceToFaceCountsTravelToo() {
        assertThat(interaction(Channel.COFFEE, 60, 25, Expenses.NONE).totalMinutes()).isEqualTo(85);
    }

    @Test
    void onlyFaceToFaceOrPaidTouchpointsCountAgainstTheBudget() {
        assertThat(interaction(Channel.COFFEE, 60, 0, Expenses.NONE).countsAgainstBudget()).isTrue();
        assertThat(interaction(Channel.CALL, 30, 0, Expenses.NONE).countsAgainstBudget()).isFalse();
        assertThat(interaction(Channel.EMAIL, 0, 0, Expenses.of(ExpenseKind.OTHER, Money.parse("3"))).countsAgainstBudget()).isTrue();
    }
}
