package dev.needle.domain;

/** Identity of a {@link Teammate}; positive, assigned by the id source. */
public record TeammateId(long value) implements Comparable<TeammateId> {
    public TeammateId {
        if (value <= 0) {
            throw new InvalidValueException("teammateId", "A teammate id is a positive number, not " + value + ".");
        }
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, and this one's equals was the first record's of every start, in the direction's
    // read before the first frame (docs/performance.md, frame8).
    @Override
    public boolean equals(Object other) {
        return other instanceof TeammateId id && id.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
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
