package dev.needle.domain;

/**
 * A value was refused at construction. Carries the name of the field so a form can put the message
 * next to it; the message itself is written for the person who typed the value.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the message belongs to, e.g. {@code "name"} or {@code "rapport"}. */
    public String field() {
        return field;
    }
}
