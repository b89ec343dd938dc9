package dev.needle.domain;

/** Identity of a {@link Event}; positive, assigned by the id source. */
public record EventId(long value) implements Comparable<EventId> {
    public EventId {
        if (value <= 0) {
            throw new InvalidValueException("eventId", "A event id is a positive number, not " + value + ".");
        }
    }

    // equals and hashCode written out, as the record's own would be: a record's generated ones are linked
    // at their first call, a few milliseconds of every start (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof EventId id && id.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public int compareTo(EventId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
