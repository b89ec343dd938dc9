package dev.needle.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validation shared by the value types; every failure names the field and what to do about it. */
final class Check {
    private Check() {
    }

    /** Trims, normalizes to NFC (so "é" typed two ways is one name) and refuses blank text. */
    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text.isEmpty()) {
            throw new InvalidValueException(field, capitalize(field) + " must not be empty.");
        }
        return text;
    }

    /** Trims and normalizes to NFC; null becomes the empty string. */
    static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        // Text below the combining marks is already NFC: most values are, and imports and a full read
        // build hundreds of thousands of them.
        String text = isBelowCombiningMarks(stripped) ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValueException(field,
                    capitalize(field) + " is too long: at most " + maxLength + " characters.");
        }
        return text;
    }

    /**
     * Text of characters below U+0300 (Latin-1, Latin Extended-A and -B, IPA, spacing modifiers) only:
     * each is its own NFC form and no two of them compose, so the text is already NFC.
     */
    static boolean isBelowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text: already NFC, and without accents to fold. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} with every run of whitespace (space, tab, line breaks, vertical tab, form feed: the
     * regular expression class {@code \s}) turned into one space; the same text when there is none.
     */
    static String collapseWhitespace(String text) {
        int length = text.length();
        int i = 0;
        // Up to the first change: a space, tab or break other than a lone space. Most texts have none.
        while (i < length && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || (i + 1 < length && isSpace(text.charAt(i + 1)))))) {
            i++;
        }
        if (i == length) {
            return text; // nothing to change: the common case, without a copy
        }
        StringBuilder collapsed = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                collapsed.append(' ');
                while (i < length && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                collapsed.append(c);
                i++;
            }
        }
        return collapsed.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field,
                    capitalize(field) + " must be between " + min + " and " + max + ", not " + value + ".");
        }
        return value;
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, capitalize(field) + " is required.");
        }
        return value;
    }

    static <T> List<T> list(String field, Collection<T> values) {
        return values == null ? List.of() : List.copyOf(notNullElements(field, values));
    }

    static <T> Set<T> set(String field, Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(notNullElements(field, values));
    }

    /** {@code values} as given, in their order (none when null), refused if one is missing. */
    static <T> Collection<T> elements(String field, Collection<T> values) {
        return values == null ? List.of() : notNullElements(field, values);
    }

    static <T> Optional<T> opt(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static <T> Collection<T> notNullElements(String field, Collection<T> values) {
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field, capitalize(field) + " contains an empty entry.");
            }
        }
        return values;
    }

    static String capitalize(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
