package dev.needle.application.service;

import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.AssignUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Assignment;
import dev.needle.domain.Assignments;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.Whose;
import java.util.Optional;

/** Who owns, follows up and meets whom, and giving that to a teammate. */
public final class AssignService implements AssignUseCase {
    private final AssignmentStore assignments;
    private final TeamStore team;
    private final ActingPerson acting;
    private final ContactStore contacts;
    private final MeetingRequestStore requests;
    private final Transactions transactions;

    public AssignService(AssignmentStore assignments, TeamStore team, ActingPerson acting, ContactStore contacts,
                         MeetingRequestStore requests, Transactions transactions) {
        this.assignments = assignments;
        this.team = team;
        this.acting = acting;
        this.contacts = contacts;
        this.requests = requests;
        this.transactions = transactions;
    }

    @Override
    public Whose whose() {
        return whoseOf(acting.person());
    }

    @Override
    public java.util.Optional<Whose> whoseIfKnown() {
        return acting.known().map(this::whoseOf);
    }

    private Whose whoseOf(Teammate me) {
        // The acting person is on the team even before their first write.
        Team all = team.team().including(me);
        // A person alone owns everything: no need to read who was given what.
        return new Whose(me, all, all.isShared() ? assignments.all() : Assignments.NONE);
    }

    @Override
    public RecordChange assignOwner(ContactId contact, TeammateId to) {
        return transactions.inTransaction(() -> give(contact(contact).name(), Assignment.owner(contact, member(to))));
    }

    @Override
    public RecordChange assignFollowUp(ContactId contact, TeammateId to) {
        return transactions.inTransaction(() -> give(contact(contact).name(), Assignment.followUp(contact, member(to))));
    }

    @Override
    public RecordChange assignMeeting(MeetingRequestId request, TeammateId to) {
        return transactions.inTransaction(() -> {
            MeetingRequest meeting = requests.find(request).orElseThrow(() -> new NotFoundException("meeting request", request));
            return give(contact(meeting.contact()).name(), Assignment.meeting(request, member(to)));
        });
    }

    private RecordChange give(String name, Assignment assignment) {
        Optional<TeammateId> before = assignments.find(assignment.duty(), assignment.record());
        assignments.assign(assignment);
        return new RecordChange.AssignmentSet(name, assignment.duty(), assignment.record(), before,
                Optional.of(assignment.teammate()));
    }

    private Contact contact(ContactId id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private TeammateId member(TeammateId id) {
        if (team.team().including(acting.person()).find(id).isEmpty()) {
            throw new InvalidValueException("teammate", "Nobody with that id shares this database.");
        }
        return id;
    }
}
