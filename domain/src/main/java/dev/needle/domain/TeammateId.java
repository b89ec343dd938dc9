package dev.needle.domain;

/** Identity of a {@link Teammate}; positive, assigned by the id source. */
public record TeammateId(long value) implements Comparable<TeammateId> {
    public TeammateId {
        if (value <= 0) {
            throw new InvalidValueException("teammateId", "A teammate id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(TeammateId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
