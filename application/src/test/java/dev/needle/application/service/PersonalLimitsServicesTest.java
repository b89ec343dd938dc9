package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.limits.TeamLimits;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.TimeSpentBy;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Budget;
import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.Recommendation;
import dev.needle.domain.triage.TriageSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two partners on one database: Alice, whose database it was (her offers and hours are the direction's
 * and the budget's from before the team), and Bob, who joined. Each session is wired as the app wires
 * it, with its own acting person over the same stores.
 */
class PersonalLimitsServicesTest {
    private static final LocalDate JOINED = LocalDate.of(2026, 3, 1);
    private final Fakes fakes = new Fakes();
    private final IndexedContactStore contacts = new IndexedContactStore(fakes.contacts, new WatchedThreads());
    private final TeamLimits limits = new TeamLimits(fakes.limits, fakes.directions, fakes.budget, fakes.team::team,
            fakes.transactions);
    private Teammate alice;
    private Teammate bob;

    /** The services one partner's session gets, wired as the app wires them. */
    private final class Session {
        private final ActingPerson acting;

        Session(Teammate person) {
            this.acting = () -> person;
        }

        TriageMeetingRequestService triage() {
            return new TriageMeetingRequestService(fakes.requests, contacts, fakes.needs,
                    limits.directionsOf(acting::person), limits, fakes.interactions, fakes.clock,
                    TriageSettings.defaults(), fakes.events, acting, TimeSpentBy.everyone());
        }

        BudgetStatus budget() {
            return new GetBudgetStatusService(limits.budgetOf(acting::person), fakes.interactions, fakes.requests, fakes.clock, acting,
                    TimeSpentBy.everyone()).budgetStatus().orElseThrow();
        }

        void setBudget(double hours, String money) {
            new SetBudgetService(limits.budgetOf(acting::person)).setBudget(Budget.of(hours, Money.parse(money)));
        }

        Set<Tag> offersShownWithTheDirection() {
            return new GetDirectionService(limits.directionsOf(acting::person)).activeDirection().orElseThrow().offers();
        }

        void offer(String... tags) {
            new SetDirectionService(limits.directionsOf(acting::person), fakes.ids, fakes.clock, fakes.transactions)
                    .setOffers(java.util.Arrays.stream(tags).map(Tag::of).collect(java.util.stream.Collectors.toSet()));
        }

        void setDirection(String statement, String... offers) {
            new SetDirectionService(limits.directionsOf(acting::person), fakes.ids, fakes.clock, fakes.transactions)
                    .setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS, statement,
                            java.util.Arrays.stream(offers).map(Tag::of).collect(java.util.stream.Collectors.toSet())));
        }

        List<String> prepSheetOffers(EventId event) {
            return new PrepareEventService(fakes.events, fakes.needs, contacts, TriageSettings.defaults(),
                    limits.directionsOf(acting::person)).prepare(event).youCanOffer();
        }
    }

    @BeforeEach
    void aBakeryOfTwo() {
        alice = fakes.team.join(new Teammate(new TeammateId(1), "Alice", JOINED));
        bob = fakes.team.join(new Teammate(new TeammateId(2), "Bob", JOINED));
        // Set before Bob joined, when the database was Alice's alone.
        fakes.directions.save(Direction.start(new DirectionId(10), DirectionKind.BUSINESS, "A neighbourhood bakery",
                Set.of(Tag.of("sourdough")), JOINED));
        fakes.budget.set(Budget.of(4, Money.parse("100")));
    }

    private MeetingRequest coffeeWith(Contact contact) {
        fakes.contacts.save(contact);
        return new RecordMeetingRequestService(fakes.requests, fakes.contacts, fakes.ids, fakes.clock,
                fakes.transactions, MeetingDefaults.standard())
                .recordRequest(RecordMeetingRequestUseCase.Command.from(contact.id(), "coffee?", Channel.COFFEE));
    }

    private void twoHoursMetThisWeek() {
        fakes.interactions.add(new Interaction(new InteractionId(900), new ContactId(1), Fakes.TODAY.minusDays(1),
                Channel.IN_PERSON, 120, 0, Expenses.NONE, "", Set.of()));
    }

    private MeetingRequest aSupplierAsksForCoffee() {
        fakes.needs.save(Need.open(new NeedId(50), "a flour supplier", NeedKind.INTRODUCTION,
                List.of(Target.role("miller")), 1));
        return coffeeWith(Contact.capture(new ContactId(1), "Ines Moulin").edit().role("Miller").build());
    }

    @Test
    void theSameRequestIsAMeetingForWhoeverHasTheHoursAndACallForWhoeverHasNone() {
        new Session(bob).setBudget(2, "100");
        twoHoursMetThisWeek();
        MeetingRequest request = aSupplierAsksForCoffee();

        assertThat(new Session(alice).budget().minutesLeft()).isEqualTo(120);
        assertThat(new Session(bob).budget().minutesLeft()).isZero();
        assertThat(new Session(alice).triage().triage(request.id()).recommendation())
                .isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(new Session(bob).triage().triage(request.id()).recommendation())
                .isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
    }

    @Test
    void whoGoesCanBeSomeoneElseThanWhoAsks() {
        new Session(bob).setBudget(2, "100");
        twoHoursMetThisWeek();
        MeetingRequest request = aSupplierAsksForCoffee();

        assertThat(new Session(alice).triage().triage(request.id(), bob).recommendation())
                .isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
        assertThat(new Session(bob).triage().triage(request.id(), alice).recommendation())
                .isEqualTo(Recommendation.MEET_IN_PERSON);
    }

    @Test
    void whatBobOffersLetsHimHelpThemWhereAlicesOffersDoNot() {
        new Session(bob).offer("bookkeeping");
        MeetingRequest request = coffeeWith(Contact.capture(new ContactId(2), "Sam Baker").edit()
                .lookingFor(Set.of(Tag.of("bookkeeping"))).build());

        assertThat(new Session(bob).triage().triage(request.id()).recommendation())
                .isEqualTo(Recommendation.HELP_THEM);
        assertThat(new Session(alice).triage().triage(request.id()).recommendation())
                .isNotEqualTo(Recommendation.HELP_THEM);
    }

    @Test
    void theFounderKeepsWhatTheDatabaseHadAndANewcomerOffersNothingYetWithTheTeamsHours() {
        assertThat(new Session(alice).offersShownWithTheDirection()).containsExactly(Tag.of("sourdough"));
        assertThat(new Session(bob).offersShownWithTheDirection()).isEmpty();
        assertThat(new Session(bob).budget().budget()).isEqualTo(Budget.of(4, Money.parse("100")));
    }

    @Test
    void hoursAreEachPersonsAndTheMoneyIsTheTeams() {
        new Session(bob).setBudget(2, "150");

        assertThat(new Session(bob).budget().budget()).isEqualTo(Budget.of(2, Money.parse("150")));
        assertThat(new Session(alice).budget().budget()).isEqualTo(Budget.of(4, Money.parse("150")));

        new Session(alice).setBudget(6, "150");

        assertThat(new Session(bob).budget().budget()).isEqualTo(Budget.of(2, Money.parse("150")));
        assertThat(new Session(alice).budget().budget()).isEqualTo(Budget.of(6, Money.parse("150")));
    }

    @Test
    void aNewDirectionSetByBobLeavesAliceHerOffers() {
        new Session(bob).setDirection("A bakery with a café", "bookkeeping");

        assertThat(new Session(bob).offersShownWithTheDirection()).containsExactly(Tag.of("bookkeeping"));
        assertThat(new Session(alice).offersShownWithTheDirection()).containsExactly(Tag.of("sourdough"));
        assertThat(fakes.directions.findAll()).filteredOn(d -> !d.isActive()).singleElement()
                .satisfies(old -> assertThat(old.offers()).containsExactly(Tag.of("sourdough")));
    }

    @Test
    void whatAliceOffersStaysTheDirectionsSoOldReadersAgree() {
        new Session(bob).offer("bookkeeping");
        new Session(alice).offer("wedding cakes");

        assertThat(fakes.directions.active().orElseThrow().offers()).containsExactly(Tag.of("wedding cakes"));
        assertThat(new Session(bob).offersShownWithTheDirection()).containsExactly(Tag.of("bookkeeping"));
    }

    @Test
    void thePrepSheetSaysWhatTheReaderCanOffer() {
        new Session(bob).offer("bookkeeping");
        fakes.events.save(Event.plan(new EventId(70), "Market day", Fakes.TODAY.plusDays(3), "Square"));

        assertThat(new Session(alice).prepSheetOffers(new EventId(70)))
                .anySatisfy(line -> assertThat(line).startsWith("Your business offers sourdough"));
        assertThat(new Session(bob).prepSheetOffers(new EventId(70)))
                .anySatisfy(line -> assertThat(line).startsWith("Your business offers bookkeeping"));
    }
}
