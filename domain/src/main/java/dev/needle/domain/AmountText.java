package dev.needle.domain;

import java.util.regex.Pattern;

/**
 * Turns an amount as people write it ({@code $150}, {@code 150 USD}, {@code 80 euros}, {@code €4,50},
 * {@code 80,- €}, {@code 1,234.50}, {@code 1.234,50}, {@code 1 234}, {@code about 5}) into plain decimal
 * text ({@code 1234.50}). One currency symbol, three-letter code or word may stand before or after the
 * number; the currency is not kept, since a database holds one. Of {@code ,} and {@code .}, the one written last is the
 * decimal mark when both appear; a lone one is the decimal mark unless exactly three digits follow
 * it, which could be either ({@code 1,234}): then the locale's decimal mark decides.
 */
final class AmountText {
    static final String EXAMPLES = "write it like 4.50, $150 or 1,234.50";
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?<=[\\d\\s.,-])\\s*(?:euros?|dollars?|bucks|pounds?"
            + "|quid|francs?|yen|kr\\.?|kron(?:er|or|e|a)|zł|z[lł]oty(?:ch)?|reais|rupees?|lei|forint|ft)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "US$150", "A$40": a country's dollar is a dollar here, since the currency is not kept. */
    private static final Pattern DOLLARS_OF_A_COUNTRY = Pattern.compile("^(?:US|AU|A|CA|C|NZ|HK|S|R|MX)(?=\\$)",
            Pattern.CASE_INSENSITIVE);
    /** "80,-" and "80.-": a round amount as German and Swiss prices write it. */
    private static final Pattern NO_CENTS = Pattern.compile("(?<=\\d)[.,]-{1,2}$");

    private AmountText() {
    }

    /** Plain decimal text, maybe with a leading minus (the caller refuses it in its own words). */
    static String plain(String typed, char decimalMark) {
        String number = withoutCurrency(typed, AroundTheNumber.withoutHedge(typed));
        boolean negative = number.startsWith("-");
        if (negative) {
            number = number.substring(1).strip();
        }
        number = number.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("'", "");
        if (!number.matches("[0-9.,]+") || number.chars().noneMatch(Character::isDigit)) {
            throw notAnAmount(typed);
        }
        int lastComma = number.lastIndexOf(',');
        int lastDot = number.lastIndexOf('.');
        char decimal;
        if (lastComma >= 0 && lastDot >= 0) {
            decimal = lastComma > lastDot ? ',' : '.';
        } else if (lastComma < 0 && lastDot < 0) {
            return (negative ? "-" : "") + number;
        } else {
            char mark = lastComma >= 0 ? ',' : '.';
            int at = Math.max(lastComma, lastDot);
            boolean once = number.indexOf(mark) == at;
            boolean threeAfter = number.length() - at - 1 == 3;
            decimal = once && (!threeAfter || mark == decimalMark) ? mark : 0;
        }
        char grouping = decimal == ',' ? '.' : decimal == '.' ? ',' : number.indexOf(',') >= 0 ? ',' : '.';
        String whole = number;
        String fraction = "";
        if (decimal != 0) {
            int at = number.lastIndexOf(decimal);
            whole = number.substring(0, at);
            fraction = number.substring(at + 1);
            if (fraction.indexOf(',') >= 0 || fraction.indexOf('.') >= 0) {
                throw notAnAmount(typed);
            }
        }
        if (whole.indexOf(decimal == 0 ? '\0' : decimal) >= 0 || !groupedByThousands(whole, grouping)) {
            throw notAnAmount(typed);
        }
        String digits = (whole.isEmpty() ? "0" : whole.replace(String.valueOf(grouping), ""))
                + (fraction.isEmpty() ? "" : "." + fraction);
        return (negative ? "-" : "") + digits;
    }

    /** "1,234,567" is grouped; "12,34" and "1,2345" are not. Text without the mark is fine as it is. */
    private static boolean groupedByThousands(String whole, char grouping) {
        if (whole.indexOf(grouping) < 0) {
            return true;
        }
        String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static String withoutCurrency(String typed, String text) {
        String rest = DOLLARS_OF_A_COUNTRY.matcher(text).replaceFirst("");
        int markers = 0;
        java.util.regex.Matcher word = CURRENCY_WORD.matcher(rest);
        if (word.find()) {
            rest = rest.substring(0, word.start()).strip();
            markers++;
        }
        if (!rest.isEmpty() && isCurrencySymbol(rest.codePointAt(0))) {
            rest = rest.substring(Character.charCount(rest.codePointAt(0))).strip();
            markers++;
        } else if (rest.length() > 3 && rest.substring(0, 3).chars().allMatch(Character::isLetter)
                && !Character.isLetter(rest.charAt(3))) {
            rest = rest.substring(3).strip();
            markers++;
        }
        if (!rest.isEmpty() && isCurrencySymbol(rest.codePointBefore(rest.length()))) {
            rest = rest.substring(0, rest.offsetByCodePoints(rest.length(), -1)).strip();
            markers++;
        } else if (rest.length() > 3 && rest.substring(rest.length() - 3).chars().allMatch(Character::isLetter)
                && !Character.isLetter(rest.charAt(rest.length() - 4))) {
            rest = rest.substring(0, rest.length() - 3).strip();
            markers++;
        }
        if (markers > 1) {
            throw notAnAmount(typed);
        }
        return NO_CENTS.matcher(rest).replaceFirst("");
    }

    private static boolean isCurrencySymbol(int codePoint) {
        return Character.getType(codePoint) == Character.CURRENCY_SYMBOL;
    }

    static InvalidValueException notAnAmount(String typed) {
        return new InvalidValueException("money", Quoted.of(typed.strip()) + " is not an amount; " + EXAMPLES + ".");
    }
}
