package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AfterEventTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final EventId MEETUP = new EventId(7);

    private static Contact metAt(long id, String name, LocalDate on) {
        return Contact.capture(new ContactId(id), name).edit().origin(Origin.atEvent(MEETUP, on)).build();
    }

    @Test
    void someoneMetAtAPastEventWithNoFollowUpAndNoClosureWaitsForADecision() {
        assertThat(AfterEvent.awaitsDecision(metAt(1, "Ana", TODAY.minusDays(2)), TODAY)).isTrue();
        assertThat(AfterEvent.awaitsDecision(metAt(1, "Ana", TODAY), TODAY)).isTrue();
    }

    @Test
    void aFollowUpDateAKindClosureAFutureEventOrNoEventAtAllMeanNothingToDecide() {
        Contact ana = metAt(1, "Ana", TODAY.minusDays(2));
        assertThat(AfterEvent.awaitsDecision(ana.followUpOn(TODAY.plusDays(3)), TODAY)).isFalse();
        assertThat(AfterEvent.awaitsDecision(ana.closeKindly("Thanks, good luck!", TODAY), TODAY)).isFalse();
        assertThat(AfterEvent.awaitsDecision(metAt(2, "Bo", TODAY.plusDays(1)), TODAY)).isFalse();
        assertThat(AfterEvent.awaitsDecision(Contact.capture(new ContactId(3), "Cy"), TODAY)).isFalse();
    }

    @Test
    void theLongestWaitingComeFirst() {
        List<Contact> undecided = AfterEvent.undecided(List.of(metAt(1, "Ana", TODAY.minusDays(1)),
                metAt(2, "Bo", TODAY.minusDays(5)), metAt(3, "Cy", TODAY).followUpOn(TODAY)), TODAY);
        assertThat(undecided).extracting(Contact::name).containsExactly("Bo", "Ana");
    }

    @Test
    void needProgressCountsByStatusAndListsTheTopActiveNeedsByPriority() {
        Need first = Need.open(new NeedId(1), "intro to Acme", NeedKind.INTRODUCTION, List.of(), 1);
        Need second = Need.open(new NeedId(2), "feedback", NeedKind.FEEDBACK, List.of(), 2).advanced();
        Need third = Need.open(new NeedId(3), "leads", NeedKind.LEADS, List.of(), 3);
        Need met = Need.open(new NeedId(4), "hire", NeedKind.HIRE, List.of(), 4).markMet(new ContactId(9), TODAY);
        Need dropped = Need.open(new NeedId(5), "old", NeedKind.OTHER, List.of(), 5).drop();

        NeedProgress progress = NeedProgress.of(List.of(third, met, dropped, second, first), 2);

        assertThat(progress.open()).isEqualTo(2);
        assertThat(progress.inProgress()).isEqualTo(1);
        assertThat(progress.met()).isEqualTo(1);
        assertThat(progress.topOpen()).extracting(Need::title).containsExactly("intro to Acme", "feedback");
    }

    @Test
    void costPerNeedAddsTheTimeAndMoneyOfTheInteractionsThatAdvancedIt() {
        Need intro = Need.open(new NeedId(1), "intro to Acme", NeedKind.INTRODUCTION, List.of(), 1);
        Need leads = Need.open(new NeedId(2), "leads", NeedKind.LEADS, List.of(), 2);
        Need idle = Need.open(new NeedId(3), "idle", NeedKind.OTHER, List.of(), 3);
        Interaction coffee = new Interaction(new InteractionId(10), new ContactId(1), TODAY, Channel.COFFEE, 45, 30,
                Expenses.of(ExpenseKind.COFFEE, Money.parse("6.50")), "", java.util.Set.of(intro.id(), leads.id()));
        Interaction call = new Interaction(new InteractionId(11), new ContactId(2), TODAY, Channel.CALL, 20, 0,
                Expenses.NONE, "", java.util.Set.of(intro.id()));
        Interaction chat = new Interaction(new InteractionId(12), new ContactId(2), TODAY, Channel.CALL, 20, 0,
                Expenses.NONE, "", java.util.Set.of());

        List<NeedCost> costs = NeedCost.of(List.of(leads, idle, intro), List.of(coffee, call, chat));

        assertThat(costs).extracting(c -> c.need().title()).containsExactly("intro to Acme", "leads");
        assertThat(costs.get(0).minutes()).isEqualTo(95);
        assertThat(costs.get(0).money()).isEqualTo(Money.parse("6.50"));
        assertThat(costs.get(0).interactions()).isEqualTo(2);
        assertThat(costs.get(1).minutes()).isEqualTo(75);
        assertThat(Optional.of(costs.get(1).money())).contains(Money.parse("6.50"));
    }
}
