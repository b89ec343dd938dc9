package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.NotFoundException;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import dev.needle.domain.ContactId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogInteractionServiceTest {
    private final Fakes fakes = new Fakes();
    private final LogInteractionService log = new LogInteractionService(fakes.interactions, fakes.contacts, fakes.requests, fakes.needs,
            fakes.ids, fakes.clock, fakes.transactions);
    private final Contact ana = fakes.contacts.save(Contact.capture(new ContactId(1), "Ana"));
    private final Need open = fakes.needs.save(Need.open(new NeedId(2), "intro to Acme", NeedKind.INTRODUCTION, List.of(), 1));

    private LogInteractionUseCase.Command coffee(Optional<LocalDate> on, Set<NeedId> advanced) {
        return new LogInteractionUseCase.Command(ana.id(), on, Channel.COFFEE, 45, 20,
                Expenses.of(ExpenseKind.COFFEE, Money.parse("4.50")), "talked about Acme", advanced);
    }

    @Test
    void aTouchpointMovesTheNeedsItAdvancedAndAContactJustMet() {
        Interaction logged = log.logInteraction(coffee(Optional.empty(), Set.of(open.id())));

        assertThat(logged.date()).isEqualTo(Fakes.TODAY);
        assertThat(fakes.interactions.findByContact(ana.id())).containsExactly(logged);
        assertThat(fakes.needs.find(open.id()).orElseThrow().status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(fakes.contacts.find(ana.id()).orElseThrow().stage()).isEqualTo(Stage.FOLLOWING_UP);
    }

    @Test
    void aContactFurtherAlongAndAMetNeedAreLeftWhereTheyAre() {
        fakes.contacts.save(ana.moveTo(Stage.RELATIONSHIP));
        Need met = fakes.needs.save(open.markMet(ana.id(), Fakes.TODAY.minusDays(1)));

        log.logInteraction(coffee(Optional.of(Fakes.TODAY.minusDays(2)), Set.of(met.id())));

        assertThat(fakes.contacts.find(ana.id()).orElseThrow().stage()).isEqualTo(Stage.RELATIONSHIP);
        assertThat(fakes.needs.find(met.id())).contains(met);
    }

    @Test
    void anUnknownNeedLogsNothingAtAll() {
        assertThatThrownBy(() -> log.logInteraction(coffee(Optional.empty(), Set.of(open.id(), new NeedId(404)))))
                .isInstanceOf(NotFoundException.class);

        assertThat(fakes.interactions.all()).isEmpty();
        assertThat(fakes.needs.find(open.id())).contains(open);
        assertThat(fakes.contacts.find(ana.id()).orElseThrow().stage()).isEqualTo(Stage.MET);
    }

    private MeetingRequest coffeeSetFor(Contact with, LocalDate day) {
        CostEstimate cost = new CostEstimate(45, 20, Money.parse("4.50"));
        return fakes.requests.save(MeetingRequest.pending(new MeetingRequestId(fakes.ids.next()), with.id(), Fakes.TODAY,
                Initiator.THEM, "coffee?", Channel.COFFEE, "Café", Optional.empty(), cost)
                .accept(new Schedule(day.atTime(10, 0), "Café", Channel.COFFEE, 45), cost, ""));
    }

    private LogInteractionUseCase.Command coffeeOf(MeetingRequest meeting, LocalDate on, Set<NeedId> advanced) {
        return new LogInteractionUseCase.Command(ana.id(), Optional.of(on), Channel.COFFEE, 45, 20,
                Expenses.of(ExpenseKind.COFFEE, Money.parse("4.50")), "talked about Acme", advanced,
                Optional.of(meeting.id()));
    }

    @Test
    void aLogOfTheMeetingSetMarksItHeldSoTheBudgetCountsItOnce() {
        MeetingRequest friday = coffeeSetFor(ana, Fakes.TODAY.plusDays(2));

        log.logInteraction(coffeeOf(friday, Fakes.TODAY, Set.of()));

        assertThat(fakes.requests.find(friday.id()).orElseThrow().status()).isEqualTo(RequestStatus.HELD);
        assertThat(fakes.requests.findScheduled(Fakes.TODAY, Fakes.TODAY.plusDays(30))).isEmpty();
    }

    @Test
    void aLogFarFromTheMeetingsDayOrOfAnotherPersonsMeetingLeavesItSet() {
        MeetingRequest friday = coffeeSetFor(ana, Fakes.TODAY.plusDays(2));
        Contact bo = fakes.contacts.save(Contact.capture(new ContactId(3), "Bo"));
        MeetingRequest bos = coffeeSetFor(bo, Fakes.TODAY.plusDays(2));

        log.logInteraction(coffeeOf(friday, Fakes.TODAY.minusMonths(1), Set.of()));
        log.logInteraction(coffeeOf(bos, Fakes.TODAY, Set.of()));

        assertThat(fakes.requests.find(friday.id()).orElseThrow().status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(fakes.requests.find(bos.id()).orElseThrow().status()).isEqualTo(RequestStatus.SCHEDULED);
    }

    @Test
    void aLogRefusedLeavesTheMeetingSet() {
        MeetingRequest friday = coffeeSetFor(ana, Fakes.TODAY.plusDays(2));

        assertThatThrownBy(() -> log.logInteraction(coffeeOf(friday, Fakes.TODAY, Set.of(new NeedId(404)))))
                .isInstanceOf(NotFoundException.class);

        assertThat(fakes.requests.find(friday.id())).contains(friday);
    }
}
