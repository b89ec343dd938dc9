package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import org.junit.jupiter.api.Test;

/** What every {@link dev.needle.application.port.out.BudgetStore} adapter must do. */
public abstract class BudgetStoreContract extends StoreContract {

    @Test
    void thereIsNoBudgetUntilOneIsSet() {
        assertThat(db.budget().get()).isEmpty();
    }

    @Test
    void aSetBudgetIsReadBackToTheCent() {
        Budget budget = new Budget(150, Money.ofCents(12_345));

        db.budget().set(budget);

        assertThat(db.budget().get()).contains(budget);
    }

    @Test
    void settingAgainReplacesTheBudget() {
        db.budget().set(Budget.of(2.5, Money.parse("80.00")));
        Budget tighter = Budget.of(1, Money.parse("19.99"));

        db.budget().set(tighter);

        assertThat(db.budget().get()).contains(tighter);
    }

    @Test
    void theExtremesRoundTrip() {
        Budget none = new Budget(0, Money.ZERO);
        db.budget().set(none);
        assertThat(db.budget().get()).contains(none);

        Budget everything = new Budget(7 * 24 * 60, Money.parse("1000000000.00"));
        db.budget().set(everything);
        assertThat(db.budget().get()).contains(everything);
    }
}
