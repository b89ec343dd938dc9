package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.OfferHelpUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import dev.needle.domain.Stage;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingServicesTest {
    private final Fakes fakes = new Fakes();
    private final RecordMeetingRequestService record = new RecordMeetingRequestService(fakes.requests, fakes.contacts,
            fakes.ids, fakes.clock, fakes.transactions, MeetingDefaults.standard());
    private final Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana Ruiz"));

    private MeetingRequest askedForCoffee() {
        return record.recordRequest(RecordMeetingRequestUseCase.Command.from(ana.id(), "pick your brain", Channel.COFFEE));
    }

    private Contact ana() {
        return fakes.contacts.find(ana.id()).orElseThrow();
    }

    @Test
    void aRequestWithoutEstimatesGetsTheDefaultsForItsFormatAndTheContactMovesToMeetingProposed() {
        MeetingRequest request = askedForCoffee();

        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.requestedOn()).isEqualTo(Fakes.TODAY);
        assertThat(request.estimate()).isEqualTo(new CostEstimate(45, 0, Money.parse("5.00")));
        assertThat(ana().stage()).isEqualTo(Stage.MEETING_PROPOSED);
        assertThat(new ListPendingRequestsService(fakes.requests).pendingRequests()).containsExactly(request);
    }

    @Test
    void estimatesTheUserGaveAreKept() {
        MeetingRequest request = record.recordRequest(new RecordMeetingRequestUseCase.Command(ana.id(), Initiator.ME,
                "lunch", Channel.IN_PERSON, "Downtown", Optional.empty(), Optional.of(90), Optional.of(40),
                Optional.of(Money.parse("22.50"))));

        assertThat(request.estimate()).isEqualTo(new CostEstimate(90, 40, Money.parse("22.50")));
        assertThat(request.initiator()).isEqualTo(Initiator.ME);
    }

    @Test
    void aClosedContactStaysClosedWhenAskingAgain() {
        fakes.contacts.save(ana.closeKindly("Thanks, and good luck", Fakes.TODAY.minusDays(30)));

        askedForCoffee();

        assertThat(ana().stage()).isEqualTo(Stage.CLOSED_KINDLY);
    }

    @Test
    void aRequestFromSomeoneUnknownIsRefused() {
        assertThatThrownBy(() -> record.recordRequest(RecordMeetingRequestUseCase.Command.from(new ContactId(99), "hi",
                Channel.CALL))).isInstanceOf(NotFoundException.class);
        assertThat(fakes.requests.findAll()).isEmpty();
    }

    @Test
    void decliningClosesTheContactWithTheMessageSent() {
        MeetingRequest request = askedForCoffee();
        DeclineMeetingService decline =
                new DeclineMeetingService(fakes.requests, fakes.contacts, fakes.clock, fakes.transactions);

        MeetingRequest declined = decline.decline(request.id(), "Thank you, not right now.");

        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.message()).isEqualTo("Thank you, not right now.");
        assertThat(ana().stage()).isEqualTo(Stage.CLOSED_KINDLY);
        assertThat(ana().closure().orElseThrow().message()).isEqualTo("Thank you, not right now.");
        assertThat(ana().closure().orElseThrow().on()).isEqualTo(Fakes.TODAY);
        assertThat(new ListPendingRequestsService(fakes.requests).pendingRequests()).isEmpty();
    }

    @Test
    void whenClosingTheContactFailsTheRequestStaysPending() {
        MeetingRequest request = askedForCoffee();
        fakes.contacts.map.failNextSave(new IllegalStateException("disk full"));
        DeclineMeetingService decline =
                new DeclineMeetingService(fakes.requests, fakes.contacts, fakes.clock, fakes.transactions);

        assertThatThrownBy(() -> decline.decline(request.id(), "Thank you, not right now."))
                .hasMessage("disk full");

        assertThat(fakes.requests.find(request.id())).contains(request);
        assertThat(ana().stage()).isEqualTo(Stage.MEETING_PROPOSED);
    }

    @Test
    void acceptingSchedulesTheMeetingAndSetsAFollowUpOnItsDay() {
        MeetingRequest request = askedForCoffee();
        LocalDateTime at = Fakes.TODAY.plusDays(5).atTime(8, 30);

        MeetingRequest scheduled = new AcceptMeetingService(fakes.requests, fakes.contacts, fakes.transactions)
                .accept(request.id(), new Schedule(at, "Blue Bottle", Channel.COFFEE, 45), "See you there");

        assertThat(scheduled.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(scheduled.schedule().orElseThrow().place()).isEqualTo("Blue Bottle");
        assertThat(ana().stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(ana().nextFollowUp()).contains(at.toLocalDate());
    }

    @Test
    void aPlaceNotedAs25MinDriveIsFiftyMinutesOfTravelNotZero() {
        MeetingRequest request = record.recordRequest(new RecordMeetingRequestUseCase.Command(ana.id(), Initiator.THEM,
                "coffee", Channel.COFFEE, "Blue Bottle, 25 min drive", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(request.estimate()).isEqualTo(new CostEstimate(45, 50, Money.parse("5.00")));
    }

    @Test
    void travelAndMoneyEnteredWhereTheMeetingIsSetReplaceTheEstimate() {
        MeetingRequest request = askedForCoffee();
        LocalDateTime at = Fakes.TODAY.plusDays(5).atTime(8, 30);

        MeetingRequest scheduled = new AcceptMeetingService(fakes.requests, fakes.contacts, fakes.transactions)
                .accept(request.id(), new Schedule(at, "Blue Bottle, 25 min drive", Channel.COFFEE, 45),
                        new CostEstimate(45, 50, Money.parse("11.50")), "See you there");

        assertThat(scheduled.estimate()).isEqualTo(new CostEstimate(45, 50, Money.parse("11.50")));
        assertThat(fakes.requests.find(request.id()).orElseThrow().estimate().travelMinutes()).isEqualTo(50);
    }

    @Test
    void counteringOffersACheaperChannelAndRefusesAnotherInPersonOne() {
        MeetingRequest request = askedForCoffee();
        CounterMeetingService counter = new CounterMeetingService(fakes.requests, fakes.transactions);

        assertThatThrownBy(() -> counter.counter(request.id(), Channel.IN_PERSON, "lunch instead?"))
                .isInstanceOf(InvalidValueException.class);
        MeetingRequest countered = counter.counter(request.id(), Channel.CALL, "A short call?");

        assertThat(countered.status()).isEqualTo(RequestStatus.COUNTERED);
        assertThat(countered.alternative()).contains(Channel.CALL);
        assertThat(fakes.requests.find(request.id())).contains(countered);
    }

    @Test
    void offeringHelpRecordsTheAnswerAndPutsTheContactInFollowUp() {
        MeetingRequest request = askedForCoffee();

        OfferHelpUseCase.Helped helped = new OfferHelpService(fakes.requests, fakes.contacts, fakes.clock, fakes.transactions)
                .offerHelp(request.id(), "Happy to introduce you to Bo");

        MeetingRequest helping = helped.request();
        assertThat(helping.status()).isEqualTo(RequestStatus.HELPING);
        assertThat(helping.message()).isEqualTo("Happy to introduce you to Bo");
        assertThat(ana().stage()).isEqualTo(Stage.FOLLOWING_UP);
    }

    @Test
    void offeringHelpSetsAFollowUpAWeekOutUnlessOneIsDueSooner() {
        MeetingRequest request = askedForCoffee();
        OfferHelpService help = new OfferHelpService(fakes.requests, fakes.contacts, fakes.clock, fakes.transactions);

        assertThat(help.offerHelp(request.id(), "Happy to help").followUp()).contains(Fakes.TODAY.plusDays(7));
        assertThat(ana().nextFollowUp()).contains(Fakes.TODAY.plusDays(7));

        MeetingRequest again = askedForCoffee();
        fakes.contacts.save(ana().followUpOn(Fakes.TODAY.plusDays(2)));
        assertThat(help.offerHelp(again.id(), "Happy to help").followUp()).contains(Fakes.TODAY.plusDays(2));
    }

    @Test
    void aDecisionOnARequestThatIsGoneSaysSo() {
        assertThatThrownBy(() -> new OfferHelpService(fakes.requests, fakes.contacts, fakes.clock, fakes.transactions)
                .offerHelp(new MeetingRequestId(4242), "hi")).isInstanceOf(NotFoundException.class);
    }
}
