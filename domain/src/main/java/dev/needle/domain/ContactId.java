package dev.needle.domain;

/** Identity of a {@link Contact}; positive, assigned by the id source. */
public record ContactId(long value) implements Comparable<ContactId> {
    public ContactId {
        if (value <= 0) {
            throw new InvalidValueException("contactId", "A contact id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(ContactId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
