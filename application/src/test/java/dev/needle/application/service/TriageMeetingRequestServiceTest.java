package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.triage.Reason;
import dev.needle.domain.triage.ReasonKind;
import dev.needle.domain.triage.Recommendation;
import dev.needle.domain.triage.TriageSettings;
import dev.needle.domain.triage.Verdict;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageMeetingRequestServiceTest {
    private final Fakes fakes = new Fakes();
    private final TriageMeetingRequestService triage = new TriageMeetingRequestService(fakes.requests,
            new IndexedContactStore(fakes.contacts, new WatchedThreads()),
            fakes.needs, fakes.directions, fakes.budget, fakes.interactions, fakes.clock, TriageSettings.defaults());

    private MeetingRequest coffeeWith(Contact contact) {
        fakes.contacts.save(contact);
        return new RecordMeetingRequestService(fakes.requests, fakes.contacts, fakes.ids, fakes.clock,
                fakes.transactions, MeetingDefaults.standard())
                .recordRequest(RecordMeetingRequestUseCase.Command.from(contact.id(), "coffee?", Channel.COFFEE));
    }

    private Contact researcher() {
        return Contact.capture(new ContactId(1), "Ana Ruiz").edit().role("Market Research Lead").build();
    }

    private void needMarketResearch() {
        fakes.needs.save(Need.open(new NeedId(50), "informational interview in market research",
                NeedKind.INFORMATIONAL_INTERVIEW, List.of(Target.role("market research")), 1));
    }

    @Test
    void aStrongFitWithinBudgetIsWorthMeetingAndTheReasonNamesTheNeed() {
        needMarketResearch();
        fakes.budget.set(Budget.of(4, Money.parse("50")));

        Verdict verdict = triage.triage(coffeeWith(researcher()).id());

        assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(verdict.reasons()).extracting(Reason::text)
                .anySatisfy(text -> assertThat(text).contains("need 1").contains("market research"));
    }

    @Test
    void theSameFitWithTheWeeksHoursSpentGetsACheaperChannel() {
        needMarketResearch();
        fakes.budget.set(Budget.of(4, Money.parse("50")));
        fakes.interactions.add(new Interaction(new InteractionId(10), new ContactId(1), Fakes.TODAY.minusDays(1),
                Channel.IN_PERSON, 200, 30, Expenses.NONE, "", Set.of()));

        Verdict verdict = triage.triage(coffeeWith(researcher()).id());

        assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
        assertThat(verdict.channel()).contains(Channel.CALL);
        assertThat(verdict.reasons()).filteredOn(r -> r.kind() == ReasonKind.COST)
                .extracting(Reason::text).anySatisfy(text -> assertThat(text).startsWith("over budget"));
    }

    private MeetingRequest coffeeWith(Contact contact, LocalDateTime at) {
        fakes.contacts.save(contact);
        return coffeeOn(contact.id(), at);
    }

    private MeetingRequest coffeeOn(ContactId contact, LocalDateTime at) {
        return new RecordMeetingRequestService(fakes.requests, fakes.contacts, fakes.ids, fakes.clock,
                fakes.transactions, MeetingDefaults.standard()).recordRequest(new RecordMeetingRequestUseCase.Command(
                contact, Initiator.THEM, "coffee?", Channel.COFFEE, "", Optional.of(at), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void aCoffeeNextWeekIsWeighedAgainstNextWeeksHoursNotThisWeeksSpentOnes() {
        needMarketResearch();
        fakes.budget.set(Budget.of(4, Money.parse("50")));
        fakes.interactions.add(new Interaction(new InteractionId(10), new ContactId(1), Fakes.TODAY.minusDays(1),
                Channel.IN_PERSON, 200, 30, Expenses.NONE, "", Set.of()));
        LocalDateTime nextTuesday = Fakes.TODAY.plusDays(6).atTime(10, 0);

        Verdict verdict = triage.triage(coffeeWith(researcher(), nextTuesday).id());

        assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(texts(verdict)).contains("within budget: 0.8 h of 4 h in the week of March 23, 5.00 of 50.00 this month");
    }

    @Test
    void aCoffeeNextMonthIsWeighedAgainstNextMonthsMoney() {
        needMarketResearch();
        fakes.budget.set(Budget.of(4, Money.parse("50")));
        fakes.interactions.add(new Interaction(new InteractionId(10), new ContactId(1), Fakes.TODAY.minusDays(1),
                Channel.COFFEE, 30, 0, Expenses.of(ExpenseKind.COFFEE, Money.parse("50")), "", Set.of()));

        Verdict now = triage.triage(coffeeWith(researcher()).id());
        Verdict inApril = triage.triage(coffeeOn(new ContactId(1), LocalDate.of(2026, 4, 2).atTime(9, 0)).id());

        assertThat(now.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
        assertThat(texts(now)).contains("over budget: 55.00 of 50.00 this month");
        assertThat(inApril.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(texts(inApril)).contains("within budget: 0.8 h of 4 h in the week of March 30, 5.00 of 50.00 in April");
    }

    @Test
    void droppedNeedsNoLongerSteerTriage() {
        needMarketResearch();
        fakes.needs.save(fakes.needs.find(new NeedId(50)).orElseThrow().drop());

        Verdict verdict = triage.triage(coffeeWith(researcher()).id());

        assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        assertThat(verdict.reasons()).noneMatch(r -> r.text().contains("need 1"));
    }

    @Test
    void whatTheActiveDirectionOffersLetsYouHelpThem() {
        new SetDirectionService(fakes.directions, fakes.ids, fakes.clock, fakes.transactions).setDirection(
                new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH, "UX research roles", Set.of(Tag.of("ux design"))));
        Contact student = Contact.capture(new ContactId(2), "Sam").edit().lookingFor(Set.of(Tag.of("ux design"))).build();

        Verdict verdict = triage.triage(coffeeWith(student).id());

        assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
        assertThat(verdict.hasReason(ReasonKind.GIVE)).isTrue();
    }

    @Test
    void throughTheIndexedStoreSomeoneWhoStartsOfferingWhatTheyLookForIsCountedAtTheNextTriage() {
        IndexedContactStore indexed = new IndexedContactStore(fakes.contacts, new WatchedThreads());
        TriageMeetingRequestService indexedTriage = new TriageMeetingRequestService(fakes.requests, indexed,
                fakes.needs, fakes.directions, fakes.budget, fakes.interactions, fakes.clock, TriageSettings.defaults());
        Contact student = Contact.capture(new ContactId(2), "Sam").edit().lookingFor(Set.of(Tag.of("ux design"))).build();
        MeetingRequest request = coffeeWith(student);
        indexed.save(Contact.capture(new ContactId(3), "Lee").edit().offers(Set.of(Tag.of("ux designer"))).build());

        assertThat(texts(indexedTriage.triage(request.id()))).contains("you can help: they look for UX design, you know one who can (Lee)");

        indexed.save(Contact.capture(new ContactId(4), "Kim").edit().offers(Set.of(Tag.of("ux design"))).build());

        assertThat(texts(indexedTriage.triage(request.id()))).contains("you can help: they look for UX design, you know two who can (Kim, Lee)");

        indexed.save(indexed.find(new ContactId(3)).orElseThrow().closeKindly("All the best", Fakes.TODAY));

        assertThat(texts(indexedTriage.triage(request.id()))).contains("you can help: they look for UX design, you know one who can (Kim)");
    }

    private static List<String> texts(Verdict verdict) {
        return verdict.reasons().stream().map(Reason::text).toList();
    }

    private Verdict aBusinessAsks(String plan) {
        new SetDirectionService(fakes.directions, fakes.ids, fakes.clock, fakes.transactions).setDirection(
                new SetDirectionUseCase.Command(DirectionKind.BUSINESS, plan, Set.of()));
        fakes.needs.save(Need.open(new NeedId(50), "Feedback on pricing", NeedKind.FEEDBACK,
                List.of(Target.topic("pricing")), 1));
        fakes.budget.set(Budget.of(4, Money.parse("50")));
        Contact ines = Contact.capture(new ContactId(1), "Inês de Sousa").edit().role("Pricing consultant")
                .offers(Set.of(Tag.of("pricing"))).build();
        return triage.triage(coffeeWith(ines).id());
    }

    @Test
    void aFreelancerWhoWritesIAboutTheBusinessSpeaksAsIInEveryAnswer() {
        Verdict verdict = aBusinessAsks("I translate contracts from Portuguese for law firms; my clients are in Porto.");

        List<String> drafts = List.of(verdict.suggestedMessage(),
                verdict.draft(Recommendation.MEET_IN_PERSON, Channel.COFFEE, TriageSettings.defaults().templates()),
                verdict.draft(Recommendation.TARGETED_ALTERNATIVE, Channel.CALL, TriageSettings.defaults().templates()),
                verdict.draft(Recommendation.DECLINE_KINDLY, Channel.EMAIL, TriageSettings.defaults().templates()));
        assertThat(drafts).allSatisfy(m -> assertThat(m).doesNotContainIgnoringCase("we are").doesNotContain(" our "));
        assertThat(verdict.suggestedMessage()).contains("I am looking for honest feedback on my pricing");
    }

    @Test
    void aFreelanceTranslatorWhoWritesNoPronounStillSpeaksAsI() {
        Verdict verdict = aBusinessAsks("Freelance Portuguese-English legal translation for law firms in Porto");

        assertThat(verdict.suggestedMessage()).contains("I am looking for honest feedback on my pricing");
    }

    @Test
    void aTeamThatWritesWeSpeaksAsWe() {
        Verdict verdict = aBusinessAsks("We are three bakers growing our wholesale line in Graz.");

        assertThat(verdict.suggestedMessage()).contains("we are looking for honest feedback on our pricing");
    }
}
