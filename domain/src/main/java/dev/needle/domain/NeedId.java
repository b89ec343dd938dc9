package dev.needle.domain;

/** Identity of a {@link Need}; positive, assigned by the id source. */
public record NeedId(long value) implements Comparable<NeedId> {
    public NeedId {
        if (value <= 0) {
            throw new InvalidValueException("needId", "A need id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(NeedId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
