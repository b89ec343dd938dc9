package dev.needle.application.port.in;

import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.TeammateId;
import dev.needle.domain.Whose;
import java.util.Optional;

/**
 * Mine and ours: who owns a contact, does its follow-up, goes to a meeting, and giving any of them
 * to a teammate. Each giving answers the change it made, so a screen can make it an undo step.
 */
public interface AssignUseCase {
    /** Whose is what now, as the person acting in this session sees it. */
    Whose whose();

    /**
     * Whose is what, when knowing who "me" is writes nothing; empty before the acting person has joined
     * the team (a read must not join them: see ActingPerson.known).
     */
    Optional<Whose> whoseIfKnown();

    /** Makes {@code to} the contact's owner. */
    RecordChange assignOwner(ContactId contact, TeammateId to);

    /** Gives the contact's follow-up to {@code to}: it shows first on their Today. */
    RecordChange assignFollowUp(ContactId contact, TeammateId to);

    /** Gives the meeting to {@code to}: the one who goes. */
    RecordChange assignMeeting(MeetingRequestId request, TeammateId to);
}
