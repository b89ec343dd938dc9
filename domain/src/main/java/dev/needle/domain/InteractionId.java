package dev.needle.domain;

/** Identity of a {@link Interaction}; positive, assigned by the id source. */
public record InteractionId(long value) implements Comparable<InteractionId> {
    public InteractionId {
        if (value <= 0) {
            throw new InvalidValueException("interactionId", "A interaction id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(InteractionId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
