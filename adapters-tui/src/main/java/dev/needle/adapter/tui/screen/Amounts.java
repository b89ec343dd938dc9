package dev.needle.adapter.tui.screen;

import dev.needle.domain.Money;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts typed in any form (budget, expenses): one parser, {@link Money#parse(String, char)}, told
 * the locale's decimal mark so "1.234" means what the user's other programs think it means.
 */
final class Amounts {
    private static final char DECIMAL_MARK =
            DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)).getDecimalSeparator();

    private Amounts() {
    }

    static Money parse(String text) {
        return Money.parse(text, DECIMAL_MARK);
    }

    /** A month's money, which may say its period ("80 euros a month"). */
    static Money aMonth(String text) {
        return Money.aMonth(text, DECIMAL_MARK);
    }
}
