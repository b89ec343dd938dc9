package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Contacts.tags;
import static dev.needle.domain.Needs.need;
import static dev.needle.domain.triage.Cases.request;
import static dev.needle.domain.triage.Cases.spent;
import static dev.needle.domain.triage.Cases.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15's reproductions of messages that embarrassed the user, each as the message it should be. */
class MessageComposerTest {
    private final Need interview = need(1, "informational interview in market research")
            .kind(NeedKind.INFORMATIONAL_INTERVIEW).role("market research").build();

    @Test
    void aCallForDistanceSaysTheTripNotAFullCalendar() {
        Contact dana = contact("Dana Ortiz").as("Market Research Lead").build();
        Verdict v = verdict(request(dana, Initiator.THEM, Channel.COFFEE, "Boulder", 150, "8"), dana, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.ground()).isEqualTo(Ground.TOO_FAR);
        assertThat(v.suggestedMessage()).doesNotContain("calendar is full").isEqualTo("Hi Dana, thank you for reaching out. "
                + "I am looking for a short conversation about working in market research, and I think you could help. "
                + "Getting to Boulder is a long trip for me right now. Could we have a short call instead?");
        assertThat(v.reasons()).extracting(Reason::text).anyMatch(r -> r.contains("far away: 150 min of travel"));
    }

    @Test
    void theMessageSpeaksOfTheCompanyTheyWorkAtNotTheFirstOneListed() {
        // Need "Enpal, 1KOMMA5, data lead" typed without "company:": the message to the lead at 1KOMMA5° said
        // "a short conversation about working in enpal".
        Need talk = need(1, "Talk to a data lead at Enpal or 1KOMMA5").kind(NeedKind.INFORMATIONAL_INTERVIEW)
                .topic("Enpal").topic("1KOMMA5").topic("data lead").build();
        Contact ahmed = contact("Ahmed El-Sayed").at("1KOMMA5°").as("Lead Data Engineer").build();
        Verdict v = verdict(request(ahmed, Initiator.THEM, Channel.COFFEE, "Café Einstein", 20, "5"), ahmed,
                List.of(talk), Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.suggestedMessage()).contains("a short conversation about working at 1KOMMA5").doesNotContain("npal");
    }

    @Test
    void ofTwoCompaniesTheMessageNamesTheOneTheyAreAt() {
        Need intro = need(1, "An intro at a climate company").kind(NeedKind.INTRODUCTION)
                .company("Enpal").company("Tibber").build();
        Contact sofie = contact("Sofie van der Berg").at("Tibber").as("Engineering Manager").build();
        Verdict v = verdict(request(sofie, Initiator.THEM, Channel.COFFEE, "", 20, "5"), sofie, List.of(intro),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.suggestedMessage()).contains("Tibber").doesNotContain("Enpal");
    }

    @Test
    void aDayTheyProposedIsTakenUpNotAskedForAgain() {
        // They proposed Tuesday at 3 pm; the answer asked "Which day next week works for you for a coffee?".
        Contact dana = contact("Dana Ortiz").as("Market Research Lead").build();
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 10, 15, 0);
        Verdict theirs = verdict(proposing(request(dana, Initiator.THEM, Channel.COFFEE, "Blue Bottle", 20, "8"), tuesday),
                dana, List.of(interview), Set.of(), List.of(), spent(0, "0"), null);
        Verdict mine = verdict(proposing(request(dana, Initiator.ME, Channel.IN_PERSON, "", 20, "8"), tuesday),
                dana, List.of(interview), Set.of(), List.of(), spent(0, "0"), null);

        assertThat(theirs.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(theirs.suggestedMessage()).doesNotContain("Which day").endsWith(
                "Tuesday, November 10 at 3 pm works for me for a coffee at Blue Bottle.");
        assertThat(mine.suggestedMessage()).doesNotContain("next week").endsWith(
                "Would Tuesday, November 10 at 3 pm work for you to meet?");
    }

    @Test
    void aCompanyWithoutAPersonsNameIsGreetedAsThereNotByItsFirstWord() {
        // A company-only card (a shop's general address) was greeted "Hi Celeiro," and "Hi Mercearia,".
        Contact shop = contact("Celeiro Distribuição").at("Celeiro Distribuição").build();
        Contact person = contact("Björn Åkesson").at("Nordic Jams AB").build();
        Verdict toShop = verdict(request(shop, Initiator.THEM, Channel.COFFEE, "", 0, "0"), shop, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);
        Verdict toPerson = verdict(request(person, Initiator.THEM, Channel.COFFEE, "", 0, "0"), person, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);

        assertThat(toShop.suggestedMessage()).startsWith("Hi there, ").doesNotContain("Celeiro,");
        assertThat(toPerson.suggestedMessage()).startsWith("Hi Björn, ");
    }

    @Test
    void aCallOnTheDayTheyProposedIsTakenUpNotAskedForAgain() {
        // They proposed a call on Friday at 11 am; the answer asked "Which day works for a call?".
        Contact ana = contact("Ana Luísa Carvalho").at("Gráfica Norte").offering("risograph printing").build();
        Need printer = need(1, "A print partner in Porto").kind(NeedKind.VENDOR_PARTNER).topic("printing").build();
        LocalDateTime friday = LocalDateTime.of(2026, 12, 11, 11, 0);
        Verdict call = verdict(proposing(request(ana, Initiator.THEM, Channel.CALL, "", 0, "0"), friday), ana,
                List.of(printer), Set.of(), List.of(), spent(0, "0"), null);
        Verdict video = verdict(proposing(request(ana, Initiator.THEM, Channel.VIDEO, "", 0, "0"), friday), ana,
                List.of(printer), Set.of(), List.of(), spent(0, "0"), null);

        assertThat(call.headline()).isEqualTo("Accept the call");
        assertThat(call.suggestedMessage()).doesNotContain("Which day").endsWith(
                "Friday, December 11 at 11 am works for me for a call.");
        assertThat(video.suggestedMessage()).doesNotContain("Which day").endsWith(
                "Friday, December 11 at 11 am works for me for a video call.");
    }

    @Test
    void acceptingTheDayTheyProposedSaysItWorksRatherThanAskingThem() {
        // Scheduled at the time they proposed, it asked them "Would Tuesday, November 10 at 3 pm work for you …?".
        Contact dana = contact("Dana Ortiz").as("Market Research Lead").build();
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 10, 15, 0);
        Verdict v = verdict(proposing(request(dana, Initiator.THEM, Channel.COFFEE, "Blue Bottle", 20, "8"), tuesday),
                dana, List.of(interview), Set.of(), List.of(), spent(0, "0"), null);

        assertThat(v.draftFor(new Schedule(tuesday, "Blue Bottle, 10 min walk", Channel.COFFEE, 45), MessageTemplates.defaults()))
                .endsWith("Tuesday, November 10 at 3 pm works for me for a coffee at Blue Bottle.");
        assertThat(v.draftFor(new Schedule(tuesday.plusDays(1), "Blue Bottle", Channel.COFFEE, 45), MessageTemplates.defaults()))
                .endsWith("Would Wednesday, November 11 at 3 pm work for you for a coffee at Blue Bottle?");
    }

    @Test
    void aFullCalendarIsTheProposedWeeksNotRightNow() {
        // Triage weighs the week the meeting would be in; "right now" and "this month" were about another.
        Contact dana = contact("Dana Ortiz").as("Market Research Lead").build();
        LocalDateTime later = LocalDateTime.of(2026, 12, 1, 15, 0);
        Verdict hours = verdict(proposing(request(dana, Initiator.THEM, Channel.COFFEE, "", 20, "8"), later),
                dana, List.of(interview), Set.of(), List.of(), spent(240, "0"), null);
        Verdict money = verdict(proposing(request(dana, Initiator.THEM, Channel.COFFEE, "", 20, "8"), later),
                dana, List.of(interview), Set.of(), List.of(), spent(0, "40"), null);

        assertThat(hours.ground()).isEqualTo(Ground.OVER_HOURS);
        assertThat(hours.suggestedMessage()).contains("My calendar is full for in-person meetings in the week of November 30.");
        assertThat(money.ground()).isEqualTo(Ground.OVER_MONEY);
        assertThat(money.suggestedMessage()).contains("My budget for in-person meetings is spent for December.");
    }

    private static dev.needle.domain.MeetingRequest proposing(dev.needle.domain.MeetingRequest r, LocalDateTime at) {
        return dev.needle.domain.MeetingRequest.FIELDS.with(r, java.util.Map.of("proposed at", java.util.Optional.of(at)));
    }

    @Test
    void aCallForAPartialFitGivesNoInventedReason() {
        Contact lee = contact("Lee Park").as("Market Research Lead").build();
        Need partly = need(3, "informational interview in market research").kind(NeedKind.INFORMATIONAL_INTERVIEW)
                .topic("market research").build();
        Verdict v = verdict(request(lee, Initiator.THEM, Channel.IN_PERSON, "", 150, "45"), lee, List.of(partly),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.ground()).isEqualTo(Ground.PARTIAL_FIT);
        assertThat(v.suggestedMessage()).doesNotContain("calendar").contains("a short call would cover it well");
        // The 150-minute drive and the $45 lunch are not hidden behind "partial fit".
        assertThat(v.reasons()).extracting(Reason::text)
                .anyMatch(r -> r.contains("far away: 150 min")).anyMatch(r -> r.startsWith("over budget: 45.00"));
    }

    @Test
    void aDeclineAtLowRapportDoesNotSayEnjoyed() {
        Contact sam = contact("Sam Reyes").rapport(1).build();
        Verdict v = verdict(request(sam, Initiator.THEM, Channel.COFFEE, "", 20, "8"), sam, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        assertThat(v.suggestedMessage()).doesNotContain("enjoyed").isEqualTo("Hi Sam, thank you for thinking of me. "
                + "I do not see a way we could help each other right now, so I will not set up a meeting. "
                + "It was nice to meet you. I wish you all the best.");
    }

    @Test
    void aDeclineGreetsThemByNameNotByTheirTitle() {
        // Walked by hand: a contact typed as "Mag. Ursula Höfler-Steinbauer" was greeted "Hi Mag.,".
        Contact ursula = contact("Mag. Ursula Höfler-Steinbauer").build();
        Verdict v = verdict(request(ursula, Initiator.THEM, Channel.COFFEE, "", 20, "5"), ursula, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        assertThat(v.suggestedMessage()).startsWith("Hi Ursula, thank you for thinking of me. ");
    }

    @Test
    void whatTheyLookForNotedAboutThemIsSaidToThem() {
        // Noted as "an accountant for his startup", it was sent to Ben as "You mentioned you are looking
        // for an accountant for his startup".
        Contact ben = contact("Ben Ortiz").lookingFor("an accountant for his startup", "help with their grant").build();
        Contact ole = contact("Ole Hansen").as("Accountant").offering("accountant").build();
        Verdict v = verdict(request(ben, Initiator.THEM, Channel.EMAIL, "", 0, "0"), ben, List.of(),
                Set.of(), List.of(ben, ole), spent(0, "0"), null);

        assertThat(v.suggestedMessage()).contains("looking for an accountant for your startup")
                .doesNotContain(" his ");
    }

    @Test
    void theHiringManagerThemselvesIsNotAskedForAnIntroductionToAHiringManager() {
        // Sent to Marta, the hiring manager at OutSystems: "I am looking for an introduction to a hiring
        // manager at OutSystems, and I think you could help."
        Need meet = need(3, "Meet the hiring manager for the UX team").kind(NeedKind.INTRODUCTION)
                .company("OutSystems").role("hiring manager").build();
        Contact marta = contact("Marta de Sousa").at("OutSystems").as("Hiring Manager").build();
        Contact rui = contact("Rui Costa").at("OutSystems").as("Designer").build();

        Verdict toMarta = verdict(request(marta, Initiator.ME, Channel.VIDEO, "", 0, "0"), marta, List.of(meet),
                Set.of(), List.of(), spent(0, "0"), null);
        Verdict toRui = verdict(request(rui, Initiator.ME, Channel.VIDEO, "", 0, "0"), rui, List.of(meet),
                Set.of(), List.of(), spent(0, "0"), null);

        assertThat(toMarta.suggestedMessage()).contains("I am looking for a conversation with a hiring manager at OutSystems")
                .doesNotContain("introduction");
        assertThat(toRui.suggestedMessage()).contains("I am looking for an introduction to a hiring manager at OutSystems");
    }

    @Test
    void aPlaceThatStartsATagKeepsItsCapitalInTheMessage() {
        // "Porto startups" was sent as "If porto startups would be useful to you": the sentence case of a tag
        // was taken for a capital to lower, though Porto is written with one in "intro to Porto founders".
        Contact rui = contact("Rui Costa").lookingFor("Porto startups").build();
        Verdict v = verdict(request(rui, Initiator.THEM, Channel.EMAIL, "", 0, "0"), rui, List.of(),
                tags("Porto startups", "intro to Porto founders", "Contract review"), List.of(), spent(0, "0"), null);

        assertThat(v.suggestedMessage()).contains("looking for Porto startups").doesNotContain("porto");
        assertThat(v.reasons()).extracting(Reason::text).anySatisfy(r -> assertThat(r).contains("they look for Porto startups"));
    }

    @Test
    void aTagTypedInSentenceCaseIsStillLoweredInsideASentence() {
        Contact rui = contact("Rui Costa").lookingFor("Contract review").build();
        Verdict v = verdict(request(rui, Initiator.THEM, Channel.EMAIL, "", 0, "0"), rui, List.of(),
                tags("Contract review", "intro to Porto founders"), List.of(), spent(0, "0"), null);

        assertThat(v.suggestedMessage()).contains("looking for contract review");
    }

    @Test
    void theMeetMessageUsesTheNeedAndOffersWhatTheyLookFor() {
        Contact priya = contact("Priya Shah").as("Market Research Manager").lookingFor("sql tutoring").build();
        Verdict v = verdict(request(priya, Initiator.THEM, Channel.COFFEE, "", 15, "6"), priya, List.of(interview),
                tags("SQL tutoring"), List.of(), spent(0, "0"), "Data Night");
        assertThat(v.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        assertThat(v.suggestedMessage()).isEqualTo("Hi Priya, thank you for reaching out after Data Night. "
                + "I would be glad to meet: I am looking for a short conversation about working in market research, "
                + "and I think you could help. If SQL tutoring would be useful to you, I would be glad to help with it. "
                + "Which day next week works for you for a coffee?");
    }

    @Test
    void onceTheMeetingIsScheduledTheMessageProposesItsDayTimeAndPlace() {
        Contact priya = contact("Priya Shah").as("Market Research Manager").build();
        Verdict v = verdict(request(priya, Initiator.THEM, Channel.COFFEE, "", 15, "6"), priya, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), "Data Night");
        LocalDateTime tuesday = LocalDateTime.of(2027, 1, 5, 9, 5);
        assertThat(v.draftFor(new Schedule(tuesday, "Blue Bottle, 25 min drive", Channel.COFFEE, 45), MessageTemplates.defaults()))
                .doesNotContain("next week").endsWith("Would Tuesday, January 5 at 9:05 am work for you for a coffee at Blue Bottle?");
        assertThat(v.draftFor(new Schedule(tuesday.withHour(18).withMinute(0), "Union Hall", Channel.IN_PERSON, 60),
                MessageTemplates.defaults())).endsWith("Would Tuesday, January 5 at 6 pm work for you to meet at Union Hall?");
        assertThat(v.draftFor(new Schedule(tuesday.withHour(12).withMinute(0), "", Channel.VIDEO, 30), MessageTemplates.defaults()))
                .endsWith("Would Tuesday, January 5 at noon work for you for a video call?");
        assertThat(v.draftFor(new Schedule(tuesday, "", Channel.EMAIL, 15), MessageTemplates.defaults()))
                .endsWith("I will email you on Tuesday, January 5.");
    }

    @Test
    void whenYouAskTheMessageDoesNotThankThemForGettingInTouch() {
        Contact priya = contact("Priya Shah").as("Market Research Manager").build();
        Verdict v = verdict(request(priya, Initiator.ME, Channel.COFFEE, "", 15, "6"), priya, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), "Data Night");
        assertThat(v.suggestedMessage()).doesNotContain("reaching out", "getting in touch")
                .isEqualTo("Hi Priya, it was good to meet you at Data Night. I am looking for a short conversation about "
                        + "working in market research, and I think you could help. Would you have time for a coffee next week?");
    }

    @Test
    void aRequestThatIsAlreadyACallIsTakenNotCounteredWithACall() {
        Contact ana = contact("Ana Lima").at("Blue Bottle").build();
        Need leads = need(1, "leads at Blue Bottle").kind(NeedKind.LEADS).company("Blue Bottle").build();
        Verdict v = verdict(request(ana, Initiator.THEM, Channel.CALL, "", 0, "0"), ana, List.of(leads), Set.of(), List.of(),
                spent(240, "40"), null);
        assertThat(v.fit()).isEqualTo(100);
        assertThat(v.headline()).isEqualTo("Accept the call");
        assertThat(v.suggestedMessage()).doesNotContain("calendar", "instead").isEqualTo("Hi Ana, thank you for reaching out. "
                + "A call suits me well. I am looking for a way to do business with Blue Bottle, and I "
                + "think you could help. Which day works for a call?");
    }

    @Test
    void whenYouProposeAMessageYouDoNotTellThemItSuitsYou() {
        Contact priya = contact("Priya Shah").as("Market Research Manager").build();
        Verdict v = verdict(request(priya, Initiator.ME, Channel.MESSAGE, "", 0, "0"), priya, List.of(interview),
                Set.of(), List.of(), spent(0, "0"), null);
        assertThat(v.headline()).isEqualTo("Write by message");
        assertThat(v.reasons()).extracting(Reason::text).contains("you proposed a message: no travel or coffee to pay");
        assertThat(v.suggestedMessage()).doesNotContain("suits me").isEqualTo("Hi Priya, I hope you are well. "
                + "I am looking for a short conversation about working in market research, and I think you could help. "
                + "Could we keep in touch by message?");
    }

    @Test
    void aRequestByMessageIsNotAnsweredWithAShortMessageInstead() {
        Contact lee = contact("Lee Park").as("Market Research Lead").build();
        Verdict v = verdict(request(lee, Initiator.THEM, Channel.MESSAGE, "", 0, "0"), lee, List.of(interview), Set.of(),
                List.of(), spent(0, "0"), null);
        assertThat(v.suggestedMessage()).doesNotContain("short message instead")
                .endsWith("Send me your questions by message whenever it suits you.");
    }

    @Test
    void helpByIntroductionNamesWhomAndFindsTheAccountant() {
        Contact ana = contact("Ana Lima").lookingFor("an accountant").build();
        Contact dana = contact("Dana Ortiz").as("Accountant").build();
        Verdict v = verdict(request(ana, Initiator.THEM, Channel.COFFEE, "", 15, "6"), ana, List.of(interview), Set.of(),
                List.of(ana, dana), spent(0, "0"), null);
        assertThat(v.recommendation()).isEqualTo(Recommendation.HELP_THEM);
        assertThat(v.suggestedMessage()).isEqualTo("Hi Ana, thank you for reaching out. You mentioned you are looking "
                + "for an accountant, and I could introduce you to Dana Ortiz. If you would like that, I will introduce "
                + "you by email.");
    }

    @Test
    void anOfferOfIntroductionsToOurAccountantAnswersSomeoneLookingForAnAccountant() {
        Contact ana = contact("Ana Lima").lookingFor("an accountant").build();
        Verdict v = verdict(request(ana, Initiator.THEM, Channel.COFFEE, "", 15, "6"), ana, List.of(), tags(
                "introductions to our accountant"), List.of(), spent(0, "0"), null);
        assertThat(v.recommendation()).isEqualTo(Recommendation.HELP_THEM);
        assertThat(v.suggestedMessage()).contains("I would be happy to help with introductions to our accountant");
    }

    @Test
    void withNoNeedsWrittenDownTheVerdictSaysSo() {
        Contact rob = contact("Rob Hale").build();
        Verdict v = verdict(request(rob, Initiator.THEM, Channel.COFFEE, "", 15, "6"), rob, List.of(), Set.of(), List.of(),
                spent(0, "0"), null);
        assertThat(v.reasons().get(0).text()).contains("write down what you need first (press 2)");
        assertThat(v.suggestedMessage()).contains("I am still working out what I need");
    }

    @Test
    void aMetNeedSaysByWhomAndWhen() {
        Contact dana = contact("Dana Ortiz").id(77).build();
        Contact lee = contact("Lee Park").at("XYZ Corp").build();
        Need met = need(1, "A connection to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp").build()
                .markMet(dana.id(), LocalDate.of(2026, 11, 20));
        Verdict v = verdict(request(lee, Initiator.THEM, Channel.COFFEE, "", 15, "6"), lee, List.of(met), Set.of(),
                List.of(dana), spent(0, "0"), null);
        assertThat(v.reasons()).extracting(Reason::text)
                .contains("need 1 (A connection to XYZ) was met by Dana Ortiz on 2026-11-20");
    }

    @Test
    void theAnswerTheUserPicksIsWrittenFromTheSameCaseOnTheirChannel() {
        Contact dana = contact("Dana Ortiz").as("Market Research Lead").rapport(2).build();
        Verdict v = verdict(request(dana, Initiator.THEM, Channel.COFFEE, "", 15, "6"), dana, List.of(interview), Set.of(),
                List.of(), spent(0, "0"), null);
        String counter = v.draft(Recommendation.TARGETED_ALTERNATIVE, Channel.VIDEO, TriageSettings.defaults().templates());
        assertThat(counter).doesNotContain("calendar").contains("a short video call instead");
        String decline = v.draft(Recommendation.DECLINE_KINDLY, Channel.EMAIL, TriageSettings.defaults().templates());
        assertThat(decline).doesNotContain("enjoyed").doesNotContain("calendar");
    }
}
