package dev.needle.domain;

/** Identity of a {@link Contact}; positive, assigned by the id source. */
public record ContactId(long value) implements Comparable<ContactId> {
    public ContactId {
        if (value <= 0) {
            throw new InvalidValueException("contactId", "A contact id is a positive number, not " + value + ".");
        }
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, a few milliseconds of every start (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof ContactId id && id.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
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
