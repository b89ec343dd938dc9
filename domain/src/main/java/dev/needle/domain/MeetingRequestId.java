package dev.needle.domain;

/** Identity of a {@link MeetingRequest}; positive, assigned by the id source. */
public record MeetingRequestId(long value) implements Comparable<MeetingRequestId> {
    public MeetingRequestId {
        if (value <= 0) {
            throw new InvalidValueException("meetingRequestId", "A meeting request id is a positive number, not " + value + ".");
        }
    }

    @Override
    public int compareTo(MeetingRequestId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
