package dev.needle.domain;

/** Identity of a {@link Direction}; positive, assigned by the id source. */
public record DirectionId(long value) implements Comparable<DirectionId> {
    public DirectionId {
        if (value <= 0) {
            throw new InvalidValueException("directionId", "A direction id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(DirectionId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
