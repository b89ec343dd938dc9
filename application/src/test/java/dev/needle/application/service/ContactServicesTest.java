package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.NotFoundException;
import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.FindPeopleAtCompanyUseCase.PeopleAtCompany;
import dev.needle.application.port.in.ViewContactUseCase.ContactDetail;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Expenses;
import dev.needle.domain.FieldValue;
import dev.needle.domain.FollowUps;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.Origin;
import dev.needle.domain.Reach;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactServicesTest {
    private final Fakes fakes = new Fakes();
    private final CaptureContactService capture =
            new CaptureContactService(fakes.contacts, fakes.events, fakes.ids, fakes.clock);

    private Contact seed(long id, String name, String company) {
        return fakes.contacts.save(Contact.capture(new ContactId(id), name).edit().company(company).build());
    }

    /** A UID is how a card finds its contact again (issue 17): each captured contact has its own, random. */
    @Test
    void everyCapturedContactGetsAUidOfItsOwn() {
        Contact bo = capture.capture(CaptureContactUseCase.Command.named("Bo"));
        Contact bo2 = capture.capture(CaptureContactUseCase.Command.named("Bo"));

        assertThat(bo.uid()).matches("[0-9a-f-]{36}").isNotEqualTo(bo2.uid());
        assertThat(fakes.contacts.find(bo.id()).orElseThrow().uid()).isEqualTo(bo.uid());
    }

    @Test
    void capturingAtAnEventRecordsTheEventAndItsDate() {
        LocalDate eventDay = Fakes.TODAY.minusDays(2);
        Event meetup = fakes.events.save(Event.plan(new EventId(5), "UX meetup", eventDay, "Library hall"));

        Contact ana = capture.capture(new CaptureContactUseCase.Command("Ana Ruiz", "Acme", "UX lead",
                Optional.of(meetup.id()), Set.of(Tag.of("ux research")), Optional.of(Fakes.TODAY.plusDays(3))));

        assertThat(ana.origin().event()).contains(meetup.id());
        assertThat(ana.origin().on()).contains(eventDay);
        assertThat(ana.origin().place()).isEqualTo("Library hall");
        assertThat(ana.stage()).isEqualTo(Stage.MET);
        assertThat(ana.offers()).containsExactly(Tag.of("ux research"));
        assertThat(ana.nextFollowUp()).contains(Fakes.TODAY.plusDays(3));
        assertThat(fakes.contacts.find(ana.id())).contains(ana);
    }

    @Test
    void capturingWithoutAnEventMeansMetToday() {
        Contact bo = capture.capture(CaptureContactUseCase.Command.named("Bo"));

        assertThat(bo.origin().on()).contains(Fakes.TODAY);
        assertThat(bo.origin().event()).isEmpty();
        assertThat(bo.version()).isEqualTo(1);
    }

    @Test
    void capturingAtAnEventThatIsGoneSaysSo() {
        assertThatThrownBy(() -> capture.capture(new CaptureContactUseCase.Command("Bo", "", "",
                Optional.of(new EventId(77)), Set.of(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThat(fakes.contacts.findAll()).isEmpty();
    }

    @Test
    void anEditOfAStaleCopyIsRefusedAndTheOtherEditKept() {
        Contact ana = seed(1, "Ana", "Acme");
        EditContactService edit = new EditContactService(fakes.contacts);
        edit.editContact(ana.edit().role("CTO").build());

        assertThatThrownBy(() -> edit.editContact(ana.edit().role("intern").build()))
                .isInstanceOf(EditConflictException.class);
        assertThat(fakes.contacts.find(ana.id()).orElseThrow().role()).isEqualTo("CTO");
    }

    @Test
    void editsToDifferentFieldsInTwoSessionsBothApply() {
        Contact ana = seed(1, "Ana", "Acme");
        EditContactService edit = new EditContactService(fakes.contacts);
        edit.editContact(ana, ana.edit().role("CTO").build());

        edit.editContact(ana, ana.edit().reach(new Reach(List.of("ana@acme.example"), List.of(), List.of())).build());

        Contact stored = fakes.contacts.find(ana.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo("CTO");
        assertThat(stored.reach().emails()).containsExactly("ana@acme.example");
    }

    @Test
    void editsToTheSameFieldInTwoSessionsAreAConflictNamingTheOtherValue() {
        Contact ana = seed(1, "Ana", "Acme");
        EditContactService edit = new EditContactService(fakes.contacts);
        edit.editContact(ana, ana.edit().role("CTO").build());

        assertThatThrownBy(() -> edit.editContact(ana, ana.edit().role("intern").company("Globex").build()))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.recordName()).isEqualTo("Ana");
                    assertThat(conflict.conflicts()).containsExactly(new FieldValue("role", "CTO"));
                });
        assertThat(fakes.contacts.find(ana.id()).orElseThrow().company()).isEqualTo("Acme");
    }

    @Test
    void editingAContactDeletedElsewhereSaysItIsGone() {
        Contact ana = seed(1, "Ana", "Acme");
        fakes.contacts.delete(ana.id());
        assertThatThrownBy(() -> new EditContactService(fakes.contacts).editContact(ana.edit().role("CTO").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void companyLookupIgnoresLegalSuffixesAndCaseAndListsWhoYouMetThroughThem() {
        Contact ana = seed(1, "Ana", "Acme Inc.");
        Contact carl = seed(2, "Carl", "ACME");
        seed(3, "Dee", "Globex");
        Contact eve = fakes.contacts.save(Contact.capture(new ContactId(4), "Eve").edit().company("Initech")
                .origin(Origin.UNKNOWN.withIntroducedBy(ana.id())).build());

        PeopleAtCompany people = new FindPeopleAtCompanyService(fakes.contacts).peopleAt("acme");

        assertThat(people.working()).extracting(Contact::name).containsExactly("Ana", "Carl");
        assertThat(people.metThrough()).extracting(Contact::id).containsExactly(eve.id());
        assertThat(carl.worksAt("Acme, Inc.")).isTrue();
    }

    @Test
    void followUpsAreGroupedIntoOverdueTodayAndThisWeek() {
        fakes.contacts.save(Contact.capture(new ContactId(1), "Late").followUpOn(Fakes.TODAY.minusDays(1)));
        fakes.contacts.save(Contact.capture(new ContactId(2), "Now").followUpOn(Fakes.TODAY));
        fakes.contacts.save(Contact.capture(new ContactId(3), "Soon").followUpOn(Fakes.TODAY.plusDays(6)));
        fakes.contacts.save(Contact.capture(new ContactId(4), "Later").followUpOn(Fakes.TODAY.plusDays(7)));
        fakes.contacts.save(Contact.capture(new ContactId(5), "Closed").followUpOn(Fakes.TODAY)
                .closeKindly("All the best", Fakes.TODAY));

        FollowUps due = new ListFollowUpsService(new IndexedContactStore(fakes.contacts, new WatchedThreads()), fakes.clock).followUpsDue();

        assertThat(due.today()).isEqualTo(Fakes.TODAY);
        assertThat(due.overdue()).extracting(Contact::name).containsExactly("Late");
        assertThat(due.dueToday()).extracting(Contact::name).containsExactly("Now");
        assertThat(due.thisWeek()).extracting(Contact::name).containsExactly("Soon");
    }

    @Test
    void viewingAContactShowsItsHistory() {
        Contact ana = seed(1, "Ana", "Acme");
        seed(2, "Bo", "");
        fakes.interactions.add(new Interaction(new InteractionId(10), ana.id(), Fakes.TODAY.minusDays(3), Channel.CALL,
                20, 0, Expenses.NONE, "", Set.of()));
        fakes.interactions.add(new Interaction(new InteractionId(11), new ContactId(2), Fakes.TODAY, Channel.CALL,
                20, 0, Expenses.NONE, "", Set.of()));
        fakes.requests.save(MeetingRequest.pending(new MeetingRequestId(20), ana.id(), Fakes.TODAY, Initiator.THEM,
                "coffee?", Channel.COFFEE, "", Optional.empty(), new CostEstimate(45, 0, Money.ZERO)));

        ContactDetail detail = new ViewContactService(fakes.contacts, fakes.interactions, fakes.requests, fakes.events)
                .viewContact(ana.id());

        assertThat(detail.contact()).isEqualTo(ana);
        assertThat(detail.interactions()).extracting(Interaction::id).containsExactly(new InteractionId(10));
        assertThat(detail.requests()).extracting(MeetingRequest::ask).containsExactly("coffee?");
        assertThatThrownBy(() -> new ViewContactService(fakes.contacts, fakes.interactions, fakes.requests, fakes.events)
                .viewContact(new ContactId(99))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void followUpsThroughTheIndexedStoreFollowChangedDates() {
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        ListFollowUpsService followUps = new ListFollowUpsService(indexed, fakes.clock);
        indexed.save(Contact.capture(new ContactId(1), "Late").followUpOn(Fakes.TODAY.minusDays(30)));
        indexed.save(Contact.capture(new ContactId(2), "Now").followUpOn(Fakes.TODAY));
        indexed.save(Contact.capture(new ContactId(3), "Soon").followUpOn(Fakes.TODAY.plusDays(6)));
        indexed.save(Contact.capture(new ContactId(4), "Later").followUpOn(Fakes.TODAY.plusDays(7)));
        indexed.save(Contact.capture(new ContactId(5), "Closed").followUpOn(Fakes.TODAY)
                .closeKindly("All the best", Fakes.TODAY));
        indexed.save(Contact.capture(new ContactId(6), "Undated"));

        FollowUps before = followUps.followUpsDue();

        assertThat(before.overdue()).extracting(Contact::name).containsExactly("Late");
        assertThat(before.dueToday()).extracting(Contact::name).containsExactly("Now");
        assertThat(before.thisWeek()).extracting(Contact::name).containsExactly("Soon");

        indexed.save(indexed.find(new ContactId(4)).orElseThrow().followUpOn(Fakes.TODAY.plusDays(1)));
        indexed.save(indexed.find(new ContactId(1)).orElseThrow().withoutFollowUp());

        FollowUps after = followUps.followUpsDue();

        assertThat(after.overdue()).isEmpty();
        assertThat(after.thisWeek()).extracting(Contact::name).containsExactly("Later", "Soon");
    }
}
