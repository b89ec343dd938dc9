package dev.needle.domain;

/**
 * A record given to one teammate: the owner of a contact, who does a contact's follow-up, or who goes
 * to a meeting. A record with no assignment falls back as {@link Whose} says (absence means the founder,
 * the contact's owner, or whoever accepted the meeting), so nothing older than the team is rewritten.
 */
public record Assignment(Duty duty, long record, TeammateId teammate) {
    /** What is given: the kind of record the id names, and the word people use for it. */
    public enum Duty {
        /** A contact's owner; {@code record} is the contact's id. */
        OWNER("owner"),
        /** Who does a contact's follow-up; {@code record} is the contact's id. */
        FOLLOW_UP("follow-up"),
        /** Who goes to a meeting; {@code record} is the meeting request's id. */
        MEETING("meeting");

        private final String label;

        Duty(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Assignment {
        Check.notNull("duty", duty);
        Check.notNull("teammate", teammate);
        if (record <= 0) {
            throw new InvalidValueException("record", "An assignment names a record by its positive id, not " + record + ".");
        }
    }

    public static Assignment owner(ContactId contact, TeammateId teammate) {
        return new Assignment(Duty.OWNER, contact.value(), teammate);
    }

    public static Assignment followUp(ContactId contact, TeammateId teammate) {
        return new Assignment(Duty.FOLLOW_UP, contact.value(), teammate);
    }

    public static Assignment meeting(MeetingRequestId request, TeammateId teammate) {
        return new Assignment(Duty.MEETING, request.value(), teammate);
    }
}
