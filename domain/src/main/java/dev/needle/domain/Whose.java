package dev.needle.domain;

/**
 * Whose is what, as one person on the team sees it: the owner of each contact (absent an assignment,
 * the founder, so data older than the team stays the one person's it was), who does each follow-up
 * (absent one, the contact's owner) and who goes to each meeting (absent one, the contact's owner).
 */
public record Whose(Teammate me, Team team, Assignments assignments) {
    public Whose {
        Check.notNull("me", me);
        Check.notNull("team", team);
        Check.notNull("assignments", assignments);
    }

    /** Only then is there anything to tell apart: a person alone owns everything. */
    public boolean shared() {
        return team.isShared();
    }

    public Teammate owner(ContactId contact) {
        return resolve(Assignment.Duty.OWNER, contact.value(), null);
    }

    public Teammate followUp(ContactId contact) {
        return resolve(Assignment.Duty.FOLLOW_UP, contact.value(), contact);
    }

    public Teammate meeting(MeetingRequest request) {
        return resolve(Assignment.Duty.MEETING, request.id().value(), request.contact());
    }

    public boolean owns(ContactId contact) {
        return isMe(owner(contact));
    }

    public boolean followsUp(ContactId contact) {
        return isMe(followUp(contact));
    }

    public boolean meets(MeetingRequest request) {
        return isMe(meeting(request));
    }

    public boolean isMe(Teammate someone) {
        return someone.id().equals(me.id());
    }

    /** The assignment's teammate; else the owner of {@code fallback}; else the founder (or me, on a team not yet joined). */
    private Teammate resolve(Assignment.Duty duty, long record, ContactId fallback) {
        var given = assignments.find(duty, record).flatMap(team::find);
        if (given.isPresent()) {
            return given.get();
        }
        if (fallback != null) {
            return owner(fallback);
        }
        return team.founder().orElse(me);
    }
}
