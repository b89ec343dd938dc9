package dev.needle.domain;

import java.util.EnumMap;
import java.util.Map;

/** Money spent on one touchpoint, by kind. Zero amounts are dropped so equal spending compares equal. */
public record Expenses(Map<ExpenseKind, Money> byKind) {
    public static final Expenses NONE = new Expenses(Map.of());

    public Expenses {
        EnumMap<ExpenseKind, Money> copy = new EnumMap<>(ExpenseKind.class);
        if (byKind != null) {
            byKind.forEach((kind, money) -> {
                Check.notNull("expense kind", kind);
                if (!Check.notNull(kind.label() + " money", money).isZero()) {
                    copy.put(kind, money);
                }
            });
        }
        byKind = Map.copyOf(copy);
    }

    public static Expenses of(ExpenseKind kind, Money money) {
        return new Expenses(Map.of(kind, money));
    }

    public Expenses with(ExpenseKind kind, Money money) {
        EnumMap<ExpenseKind, Money> copy = new EnumMap<>(ExpenseKind.class);
        copy.putAll(byKind);
        copy.put(kind, money);
        return new Expenses(copy);
    }

    public Money get(ExpenseKind kind) {
        return byKind.getOrDefault(kind, Money.ZERO);
    }

    public Money total() {
        Money total = Money.ZERO;
        for (Money money : byKind.values()) {
            total = total.plus(money);
        }
        return total;
    }
}
