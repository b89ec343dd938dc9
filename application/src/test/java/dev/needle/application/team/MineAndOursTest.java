package dev.needle.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.UndoLog;
import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.AcceptMeetingUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.MyTodayUseCase.MyDay;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.service.AcceptMeetingService;
import dev.needle.application.service.AssignService;
import dev.needle.application.service.CaptureContactService;
import dev.needle.application.service.DeleteContactService;
import dev.needle.application.service.GetTodayService;
import dev.needle.application.service.MyTodayService;
import dev.needle.application.service.RevertService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Assignment;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.FieldValue;
import dev.needle.domain.Initiator;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Schedule;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two partners, Alice (who had the database first) and Bob, acting over one database. */
class MineAndOursTest {
    private final Fakes fakes = new Fakes();
    private final Teammate alice = fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
    private final Teammate bob = fakes.team.join(new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 3, 1)));

    /** The use cases one partner's session wires, as the app does. */
    private final class Partner {
        final ActingPerson acting;
        final ContactStore contacts;
        final AssignService assign;
        final MyTodayService today;
        final RevertUseCase revert;
        final UndoLog undo = new UndoLog();

        Partner(Teammate who) {
            acting = () -> who;
            contacts = new OwnedByWhoAdds(fakes.contacts, fakes.assignments, fakes.team, acting, fakes.transactions);
            assign = new AssignService(fakes.assignments, fakes.team, acting, contacts, fakes.requests, fakes.transactions);
            today = new MyTodayService(new GetTodayService(new IndexedContactStore(contacts, new WatchedThreads()), fakes.requests,
                    fakes.needs, fakes.budget, fakes.interactions, fakes.clock, fakes.events, new WatchedThreads()), assign);
            revert = new AssignmentRevert(new RevertService(contacts, fakes.needs, fakes.requests, fakes.events,
                    fakes.interactions, fakes.budget, fakes.keepInTouch, new DeleteContactService(contacts, fakes.interactions,
                    fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions), fakes.privateNotes, fakes.transactions),
                    fakes.assignments, fakes.team, fakes.transactions);
        }

        Contact capture(String name) {
            return new CaptureContactService(contacts, fakes.events, fakes.ids, fakes.clock)
                    .capture(CaptureContactUseCase.Command.named(name));
        }

        AcceptMeetingUseCase accept() {
            return new MeetingGoesWithWhoAccepts(new AcceptMeetingService(fakes.requests, contacts, fakes.transactions),
                    fakes.assignments, fakes.team, acting, fakes.transactions);
        }

        MyDay day() {
            return today.myDay();
        }
    }

    private final Partner alices = new Partner(alice);
    private final Partner bobs = new Partner(bob);

    private Contact dueToday(Contact c) {
        return fakes.contacts.save(fakes.contacts.find(c.id()).orElseThrow().followUpOn(Fakes.TODAY));
    }

    @Test
    void aContactBelongsToWhoAddedItAndOneOlderThanTheTeamToTheFounder() {
        Contact older = fakes.contacts.save(Contact.capture(new ContactId(50), "Olga Older"));
        Contact alicesOwn = alices.capture("Ann Lee");
        Contact bobsOwn = bobs.capture("Ben Ng");

        assertThat(bobs.assign.whose().owner(older.id())).isEqualTo(alice);
        assertThat(bobs.assign.whose().owner(alicesOwn.id())).isEqualTo(alice);
        assertThat(alices.assign.whose().owner(bobsOwn.id())).isEqualTo(bob);
        assertThat(bobs.assign.whose().owns(bobsOwn.id())).isTrue();
        // The founder's new contacts need no row: absence already says they are hers.
        assertThat(fakes.assignments.all().size()).isEqualTo(1);
    }

    @Test
    void aFollowUpGoesWithTheOwnerUntilGivenToSomeoneElse() {
        Contact ben = bobs.capture("Ben Ng");

        assertThat(alices.assign.whose().followUp(ben.id())).isEqualTo(bob);
        alices.assign.assignFollowUp(ben.id(), alice.id());

        assertThat(bobs.assign.whose().followUp(ben.id())).isEqualTo(alice);
        assertThat(bobs.assign.whose().owner(ben.id())).isEqualTo(bob);
    }

    @Test
    void aFollowUpAliceGivesBobIsFirstOnBobsTodayAndTheTeamsOnHers() {
        Contact ann = dueToday(alices.capture("Ann Lee"));
        Contact cleo = dueToday(alices.capture("Cleo Park"));

        alices.assign.assignFollowUp(ann.id(), bob.id());

        assertThat(bobs.day().myFollowUps()).extracting(Contact::name).containsExactly("Ann Lee");
        assertThat(bobs.day().teamFollowUps()).extracting(Contact::name).containsExactly("Cleo Park");
        assertThat(alices.day().myFollowUps()).extracting(Contact::name).containsExactly("Cleo Park");
        assertThat(alices.day().teamFollowUps()).extracting(Contact::name).containsExactly("Ann Lee");
        assertThat(alices.day().whose().followUp(ann.id())).isEqualTo(bob);
        assertThat(alices.day().whose().followUp(cleo.id())).isEqualTo(alice);
        assertThat(bobs.day().shared()).isTrue();
    }

    @Test
    void givingAFollowUpIsAnUndoStepAndRedoGivesItAgain() {
        Contact ann = dueToday(alices.capture("Ann Lee"));
        RecordChange change = alices.assign.assignFollowUp(ann.id(), bob.id());
        alices.undo.record("follow-up of Ann Lee given to Bob", List.of(change));

        assertThat(alices.undo.undo(alices.revert, false)).isEqualTo(new UndoLog.Outcome.Done("follow-up of Ann Lee given to Bob"));
        assertThat(bobs.day().myFollowUps()).isEmpty();
        assertThat(fakes.assignments.find(Assignment.Duty.FOLLOW_UP, ann.id().value())).isEmpty();

        alices.undo.redo(alices.revert, false);
        assertThat(bobs.day().myFollowUps()).extracting(Contact::name).containsExactly("Ann Lee");
    }

    @Test
    void undoLeavesTheDutyWhereAnotherSessionGaveItSince() {
        Teammate carol = fakes.team.join(new Teammate(new TeammateId(3), "Carol", LocalDate.of(2026, 3, 2)));
        Contact ann = alices.capture("Ann Lee");
        alices.undo.record("follow-up of Ann Lee given to Bob", List.of(alices.assign.assignFollowUp(ann.id(), bob.id())));
        bobs.assign.assignFollowUp(ann.id(), carol.id());

        UndoLog.Outcome asked = alices.undo.undo(alices.revert, false);

        // Bob's giving it to Carol replaced Alice's: nothing of hers is left to take back.
        assertThat(asked).isEqualTo(new UndoLog.Outcome.Superseded("follow-up of Ann Lee given to Bob",
                List.of(new RevertUseCase.Meanwhile("Ann Lee", new FieldValue("follow-up", "Carol")))));
        assertThat(alices.assign.whose().followUp(ann.id())).isEqualTo(carol);
        assertThat(alices.undo.undo(alices.revert, false)).isEqualTo(new UndoLog.Outcome.Nothing());
    }

    @Test
    void whoAcceptsAMeetingGoesAndItCanBeGivenToAPartner() {
        Contact ann = alices.capture("Ann Lee");
        MeetingRequest asked = fakes.requests.save(MeetingRequest.pending(new MeetingRequestId(70), ann.id(), Fakes.TODAY,
                Initiator.THEM, "coffee", Channel.COFFEE, "Cafe", Optional.empty(), new CostEstimate(45, 20, Money.ZERO)));
        Schedule friday = new Schedule(Fakes.TODAY.plusDays(2).atTime(10, 0), "Cafe", Channel.COFFEE, 45);

        MeetingRequest meeting = bobs.accept().accept(asked.id(), friday, "");

        assertThat(alices.assign.whose().meeting(meeting)).isEqualTo(bob);
        assertThat(bobs.day().myMeetings()).extracting(m -> m.contact().name()).containsExactly("Ann Lee");
        assertThat(alices.day().teamMeetings()).extracting(m -> m.contact().name()).containsExactly("Ann Lee");

        bobs.assign.assignMeeting(meeting.id(), alice.id());
        assertThat(alices.day().myMeetings()).extracting(m -> m.contact().name()).containsExactly("Ann Lee");
    }

    @Test
    void ownersCanBeChangedAndOnlyToSomeoneOnTheTeam() {
        Contact ann = alices.capture("Ann Lee");

        alices.assign.assignOwner(ann.id(), bob.id());

        assertThat(bobs.assign.whose().owns(ann.id())).isTrue();
        assertThat(bobs.assign.whose().followsUp(ann.id())).isTrue();
        assertThatThrownBy(() -> alices.assign.assignOwner(ann.id(), new TeammateId(99)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aloneEverythingIsMineAndNothingIsWritten() {
        Fakes alone = new Fakes();
        Teammate me = alone.team.join(new Teammate(new TeammateId(1), "Me", LocalDate.of(2026, 1, 5)));
        ActingPerson acting = () -> me;
        ContactStore contacts = new OwnedByWhoAdds(alone.contacts, alone.assignments, alone.team, acting, alone.transactions);
        Contact ann = contacts.save(Contact.capture(new ContactId(5), "Ann Lee").followUpOn(Fakes.TODAY));
        MeetingRequest asked = alone.requests.save(MeetingRequest.pending(new MeetingRequestId(70), ann.id(), Fakes.TODAY,
                Initiator.THEM, "coffee", Channel.COFFEE, "Cafe", Optional.empty(), new CostEstimate(45, 20, Money.ZERO)));
        new MeetingGoesWithWhoAccepts(new AcceptMeetingService(alone.requests, contacts, alone.transactions), alone.assignments,
                alone.team, acting, alone.transactions).accept(asked.id(),
                new Schedule(Fakes.TODAY.plusDays(1).atTime(9, 0), "Cafe", Channel.COFFEE, 30), "");
        AssignService assign = new AssignService(alone.assignments, alone.team, acting, contacts, alone.requests,
                alone.transactions);

        MyDay day = new MyTodayService(new GetTodayService(new IndexedContactStore(contacts, new WatchedThreads()),
                alone.requests, alone.needs, alone.budget, alone.interactions, alone.clock, alone.events, new WatchedThreads()), assign).myDay();

        assertThat(day.shared()).isFalse();
        assertThat(day.myFollowUps()).extracting(Contact::name).containsExactly("Ann Lee");
        assertThat(day.myMeetings()).hasSize(1);
        assertThat(day.teamFollowUps()).isEmpty();
        assertThat(alone.assignments.all().size()).isZero();
    }
}
