package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpensesTest {

    @Test
    void totalsGasAndCoffeeExactly() {
        Expenses spent = Expenses.of(ExpenseKind.GAS, Money.parse("7.35")).with(ExpenseKind.COFFEE, Money.parse("4.65"));
        assertThat(spent.total()).isEqualTo(Money.parse("12"));
        assertThat(spent.get(ExpenseKind.OTHER)).isEqualTo(Money.ZERO);
    }

    @Test
    void zeroAmountsDoNotMakeSpendingDifferent() {
        assertThat(new Expenses(Map.of(ExpenseKind.GAS, Money.ZERO))).isEqualTo(Expenses.NONE);
    }
}
