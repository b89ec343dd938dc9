package dev.needle.domain;

/**
 * Turns an amount as people write it ({@code $150}, {@code 150 USD}, {@code €4,50},
 * {@code 1,234.50}, {@code 1.234,50}, {@code 1 234}) into plain decimal text ({@code 1234.50}).
 * One currency symbol or three-letter code may stand before or after the number; the currency is
 * not kept, since a database holds one. Of {@code ,} and {@code .}, the one written last is the
 * decimal mark when both appear; a lone one is the decimal mark unless exactly three digits follow
 * it, which could be either ({@code 1,234}): then the locale's decimal mark decides.
 */
final class AmountText {
    static final String EXAMPLES = "write it like 4.50, $150 or 1,234.50";

    private AmountText() {
    }

    /** Plain decimal text, maybe with a leading minus (the caller refuses it in its own words). */
    static String plain(String typed, char decimalMark) {
        String number = withoutCurrency(typed, typed.strip());
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
        String rest = text;
        int markers = 0;
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
        return rest;
    }

    private static boolean isCurrencySymbol(int codePoint) {
        return Character.getType(codePoint) == Character.CURRENCY_SYMBOL;
    }

    static InvalidValueException notAnAmount(String typed) {
        return new InvalidValueException("money", "\"" + typed.strip() + "\" is not an amount; " + EXAMPLES + ".");
    }
}
