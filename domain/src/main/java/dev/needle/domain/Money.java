package dev.needle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in cents: exact, never negative. One currency per database; the symbol is a
 * matter of display. Over-budget amounts are expressed with {@link #exceeds} and {@link #over}, so a
 * negative amount never has to exist.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    private static final long MAX_CENTS = 1_000_000_000_00L;

    public Money {
        if (cents < 0) {
            throw new InvalidValueException("money", "An amount cannot be negative.");
        }
        if (cents > MAX_CENTS) {
            throw new InvalidValueException("money", "An amount cannot exceed 1000000000.00.");
        }
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** {@link #parse(String, char)} where a lone {@code 1,234} means one thousand two hundred and thirty-four. */
    public static Money parse(String text) {
        return parse(text, '.');
    }

    /**
     * Parses "4", "4.50", "$150", "150 USD", "80 euros", "€4,50", "1,234.50", "about 5" (see {@link AmountText});
     * {@code decimalMark} is the locale's, and only decides "1,234" and "1.234". Refuses more than
     * two decimals rather than rounding silently.
     */
    public static Money parse(String text, char decimalMark) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return ZERO;
        }
        if (value.length() > AroundTheNumber.LONGEST) {
            throw AmountText.notAnAmount(value); // a damaged file's page of text: not read as a number at all
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(AmountText.plain(value, decimalMark));
        } catch (NumberFormatException e) {
            throw AmountText.notAnAmount(value);
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException("money", "An amount cannot be negative.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("money", "\"" + value + "\" has more than two decimals.");
        }
        if (amount.compareTo(BigDecimal.valueOf(MAX_CENTS, 2)) > 0) {
            throw new InvalidValueException("money", "An amount cannot exceed 1000000000.00.");
        }
        return new Money(amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /**
     * A month's money as {@link #parse(String, char)} reads it, which may also say its period ("80 a
     * month", "€80/month"); money for another period is refused rather than taken as a month's.
     */
    public static Money aMonth(String text, char decimalMark) {
        String value = text == null ? "" : text.strip();
        return parse(AroundTheNumber.withoutPeriod(value, AroundTheNumber.Period.MONTH, "money", "money"), decimalMark);
    }

    public Money plus(Money other) {
        return new Money(cents + other.cents);
    }

    /** What is left of this after {@code spent}, never below zero. */
    public Money remainingAfter(Money spent) {
        return new Money(Math.max(0, cents - spent.cents));
    }

    public boolean exceeds(Money limit) {
        return cents > limit.cents;
    }

    /** How far this goes beyond {@code limit}; zero when it does not. */
    public Money over(Money limit) {
        return new Money(Math.max(0, cents - limit.cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Plain decimal with two places, e.g. {@code 12.50}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
