package dev.needle.domain;

/**
 * A value as a refusal quotes it: whole when short, else its start and "…". A damaged file can put a
 * page of text in a field, and a message that repeats the page hides what it says.
 */
final class Quoted {
    /** Characters quoted of a long value: enough to recognise what was typed. */
    private static final int SHOWN = 40;

    private Quoted() {
    }

    /** {@code value} in double quotes, cut to its first {@value #SHOWN} characters and "…" when longer. */
    static String of(String value) {
        String shown = value.codePointCount(0, value.length()) <= SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
        return "\"" + shown + "\"";
    }
}
