package dev.needle.app;

import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An amount as people type it: {@code 12}, {@code 4.50}, or with a currency sign in front ({@code $4.50}). */
final class MoneyOption implements ITypeConverter<Money> {
    @Override
    public Money convert(String given) {
        String amount = given.strip().replaceFirst("^[$€£]", "");
        try {
            return Money.parse(amount);
        } catch (InvalidValueException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
