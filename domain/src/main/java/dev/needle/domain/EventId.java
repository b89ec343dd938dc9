package dev.needle.domain;

/** Identity of a {@link Event}; positive, assigned by the id source. */
public record EventId(long value) implements Comparable<EventId> {
    public EventId {
        if (value <= 0) {
            throw new InvalidValueException("eventId", "A event id is a positive number, not " + value + ".");
        }
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
