package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Contacts.tags;
import static dev.needle.domain.Needs.need;
import static dev.needle.domain.triage.TriageCases.defaultsWithTopicWeight;
import static dev.needle.domain.triage.TriageCases.spent;
import static dev.needle.domain.triage.TriageCases.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Rapport;
import dev.needle.domain.Requests;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriagePolicyTest {
    private static final Need CONNECTION_TO_XYZ = need(1, "A connection to XYZ Target Company")
            .kind(NeedKind.INTRODUCTION).company("XYZ Corp.").build();
    private static final Need MARKET_RESEARCH_INTERVIEW = need(2, "informational interview in market research")
            .kind(NeedKind.INFORMATIONAL_INTERVIEW).role("market research").build();
    private static final Need RESUME_CRITIQUE = need(3, "resume critique from a hiring manager")
            .kind(NeedKind.FEEDBACK).role("hiring manager").build();

    private static List<String> texts(Verdict verdict) {
        return verdict.reasons().stream().map(Reason::text).toList();
    }

    /** The situations the article itself walks through. */
    @Nested
    class FromTheArticle {

        @Test
        void someoneWhoCanConnectYouToYourTargetCompanyIsWorthMeetingInPerson() {
            Contact dana = contact("Dana Whitfield").at("xyz inc").as("Product Manager").build();
            Verdict verdict = triage(dana, Requests.from(dana).travel(30))
                    .needs(CONNECTION_TO_XYZ, MARKET_RESEARCH_INTERVIEW, RESUME_CRITIQUE).verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(verdict.channel()).contains(Channel.COFFEE);
            assertThat(verdict.fit()).isEqualTo(100);
            assertThat(texts(verdict)).containsExactly(
                    "matches need 1 — A connection to XYZ Target Company (company: XYZ Corp.)",
                    "within budget: 1.5 h of 4 h this week, 8.00 of 40.00 this month");
            assertThat(verdict.suggestedMessage()).isEqualTo("Hi Dana, thank you for reaching out. I would be glad to meet: "
                    + "I am looking for an introduction to someone at XYZ Corp., and I think you could help. "
                    + "Which day next week works for you for a coffee?");
        }

        @Test
        void someoneWithNoNaturalFitWhomYouCanHelpGetsHelp() {
            Contact priya = contact("Priya Natarajan").at("Corner Bakery").as("Owner").lookingFor("UX Designer").build();
            Contact designer = contact("Lee").offering("ux design").build();
            Contact another = contact("Kim").offering("UX designer", "illustration").build();
            Contact closedDesigner = contact("Cleo").offering("ux designer").closed().build();
            Verdict verdict = triage(priya).needs(CONNECTION_TO_XYZ, MARKET_RESEARCH_INTERVIEW)
                    .network(priya, designer, another, closedDesigner).verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
            // Issue 15: an introduction is offered as one, by email, naming whom; the tag reads as a phrase.
            assertThat(verdict.channel()).contains(Channel.EMAIL);
            assertThat(texts(verdict)).containsExactly("you can help: they look for UX designer, you know two who can (Kim, Lee)");
            assertThat(verdict.suggestedMessage()).isEqualTo("Hi Priya, thank you for reaching out. You mentioned you are "
                    + "looking for a UX designer, and I could introduce you to Kim or Lee. If you would like that, I will "
                    + "introduce you by email.");
        }

        @Test
        void someoneWithNoFitAndNoRapportIsDeclinedKindly() {
            Contact rob = contact("Rob Keller").at("Gadget Store").as("Sales").lookingFor("investors").rapport(1).build();
            Verdict verdict = triage(rob).needs(CONNECTION_TO_XYZ, MARKET_RESEARCH_INTERVIEW).verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
            assertThat(verdict.channel()).isEmpty();
            assertThat(texts(verdict)).containsExactly("rapport low (1/5)",
                    "no shared need, nothing they ask you can give, rapport low");
            assertThat(verdict.suggestedMessage()).startsWith("Hi Rob, thank you for thinking of me.");
        }

        @Test
        void aGreatConversationWithNoFitIsKeptUpByACheaperChannel() {
            Contact mia = contact("Mia Laurent").at("Gadget Store").as("Buyer").rapport(5).build();
            Verdict verdict = triage(mia).needs(CONNECTION_TO_XYZ, MARKET_RESEARCH_INTERVIEW).verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(verdict.channel()).contains(Channel.CALL);
            assertThat(texts(verdict)).containsExactly(
                    "you hit it off (rapport 5/5): great conversation is a benefit in itself",
                    "no shared need and nothing they ask you can give: keep in touch by call");
            assertThat(verdict.suggestedMessage()).startsWith("Hi Mia, ").contains("Could we have a short call instead?");
        }
    }

    @Nested
    class StrongFit {
        private final Contact analyst = contact("Dana Whitfield").as("Market Research Analyst").build();

        @Test
        void reasonNamesTheNeedAndTheTarget() {
            Verdict verdict = triage(analyst).needs(MARKET_RESEARCH_INTERVIEW).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(verdict.fit()).isEqualTo(68);
            assertThat(texts(verdict)).first()
                    .isEqualTo("matches need 2 — informational interview in market research (role: market research)");
        }

        @ParameterizedTest
        @CsvSource({"CALL, a call", "VIDEO, a video call", "EMAIL, an email", "MESSAGE, a message"})
        void aRequestThatIsAlreadyCheapIsAnsweredOnItsOwnChannelWithoutWeighingCost(Channel format, String proposed) {
            Verdict verdict = triage(analyst, Requests.from(analyst).format(format).travel(0).money("0"))
                    .needs(MARKET_RESEARCH_INTERVIEW).budget(spent(600, "100")).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(verdict.channel()).contains(format);
            assertThat(texts(verdict)).containsExactly(
                    "matches need 2 — informational interview in market research (role: market research)",
                    "they proposed " + proposed + ": no travel or coffee to pay");
            assertThat(verdict.hasReason(ReasonKind.COST)).isFalse();
        }

        @Test
        void overTheWeeksHoursOffersTheAlternativeChannel() {
            Verdict verdict = triage(analyst, Requests.from(analyst).minutes(60).travel(30))
                    .needs(MARKET_RESEARCH_INTERVIEW).budget(spent(180, "0")).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(verdict.channel()).contains(Channel.CALL);
            assertThat(texts(verdict)).contains("over budget: 4.5 h of 4 h this week")
                    .noneMatch(text -> text.startsWith("within budget"));
            assertThat(verdict.suggestedMessage()).contains("Could we have a short call instead?");
        }

        @Test
        void overTheMonthsMoneyOffersTheAlternativeChannel() {
            Verdict verdict = triage(analyst).needs(MARKET_RESEARCH_INTERVIEW).budget(spent(0, "35")).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).contains("over budget: 43.00 of 40.00 this month");
        }

        @Test
        void overOnBothCountsSaysBoth() {
            Verdict verdict = triage(analyst, Requests.from(analyst).minutes(60).travel(30))
                    .needs(MARKET_RESEARCH_INTERVIEW).budget(spent(180, "35")).verdict();
            assertThat(texts(verdict)).contains("over budget: 4.5 h of 4 h this week", "over budget: 43.00 of 40.00 this month");
        }

        @Test
        void exactlyTheWeeksHoursStillFits() {
            Verdict verdict = triage(analyst, Requests.from(analyst).minutes(60).travel(30))
                    .needs(MARKET_RESEARCH_INTERVIEW).budget(spent(150, "0")).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(texts(verdict)).contains("within budget: 4 h of 4 h this week, 8.00 of 40.00 this month");
        }

        @Test
        void oneMinuteOverTheWeeksHoursDoesNot() {
            Verdict verdict = triage(analyst, Requests.from(analyst).minutes(60).travel(30))
                    .needs(MARKET_RESEARCH_INTERVIEW).budget(spent(151, "0")).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).contains("over budget: 4.1 h of 4 h this week");
        }

        @Test
        void exactlyTheMonthsMoneyStillFitsAndOneCentOverDoesNot() {
            Verdict fits = triage(analyst).needs(MARKET_RESEARCH_INTERVIEW).budget(spent(0, "32")).verdict();
            assertThat(fits.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(texts(fits)).contains("within budget: 1.4 h of 4 h this week, 40.00 of 40.00 this month");

            Verdict over = triage(analyst).needs(MARKET_RESEARCH_INTERVIEW).budget(spent(0, "32.01")).verdict();
            assertThat(over.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(over)).contains("over budget: 40.01 of 40.00 this month");
        }

        @Test
        void travelOfExactlyTheMaximumIsNear() {
            Verdict verdict = triage(analyst, Requests.from(analyst).travel(45)).needs(MARKET_RESEARCH_INTERVIEW).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(verdict.hasReason(ReasonKind.DISTANCE)).isFalse();
        }

        @Test
        void oneMinuteMoreTravelIsFarAway() {
            Verdict verdict = triage(analyst, Requests.from(analyst).travel(46)).needs(MARKET_RESEARCH_INTERVIEW).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(verdict.channel()).contains(Channel.CALL);
            assertThat(texts(verdict)).contains("within budget: 1.8 h of 4 h this week, 8.00 of 40.00 this month",
                    "far away: 46 min of travel, more than 45");
        }

        @Test
        void withoutABudgetOnlyDistanceIsWeighed() {
            Verdict verdict = triage(analyst).needs(MARKET_RESEARCH_INTERVIEW).noBudget().verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(texts(verdict)).contains("no budget set: time and money not weighed");
        }
    }

    @Nested
    class Thresholds {
        private final Need fintech = need(1, "fintech contacts").topic("fintech").build();
        private final Contact banker = contact("Ola Berg").offering("fintech advice").build();

        @Test
        void aFitOfExactlyStrongFitMeetsInPerson() {
            Verdict verdict = triage(banker).needs(fintech).verdict();
            assertThat(verdict.fit()).isEqualTo(60);
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
        }

        @Test
        void oneBelowStrongFitIsCoveredByACall() {
            Contact lead = contact("Lee Park").as("Hiring Manager").rapport(4).build();
            Need critique = need(4, "resume critique").role("hiring manager").build();
            Verdict verdict = triage(lead).needs(critique).verdict();
            assertThat(verdict.fit()).isEqualTo(44);
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(verdict.channel()).contains(Channel.CALL);
            assertThat(texts(verdict)).containsExactly(
                    "matches need 4 — resume critique (role: hiring manager)",
                    "you hit it off (rapport 4/5): great conversation is a benefit in itself",
                    "partial fit (fit 44 of 100, 59 with rapport great, in person needs 60): a call covers it");
        }

        @Test
        void oneBelowStrongFitWithoutRapportToo() {
            Verdict verdict = triage(banker).needs(fintech).verdict(defaultsWithTopicWeight(59));
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).contains("partial fit (59 of 100, in person needs 60): a call covers it");
        }

        @Test
        void aFitOfExactlyMinimumFitIsAPartialFit() {
            Verdict verdict = triage(banker).needs(fintech).verdict(defaultsWithTopicWeight(30));
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).containsExactly(
                    "matches need 1 — fintech contacts (topic: fintech)",
                    "partial fit (30 of 100, in person needs 60): a call covers it");
        }

        @Test
        void oneBelowMinimumFitIsOnlyALooseMatch() {
            Verdict verdict = triage(banker).needs(fintech).verdict(defaultsWithTopicWeight(29));
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
            assertThat(texts(verdict)).containsExactly(
                    "only a loose match with need 1 — fintech contacts (topic: fintech, 29 of 100, below 30)",
                    "no shared need, nothing they ask you can give, rapport not rated");
        }

        @Test
        void aLowRankedTopicIsOnlyALooseMatchWithDefaults() {
            Need lowRanked = need(5, "fintech contacts").topic("fintech").build();
            Verdict verdict = triage(banker).needs(lowRanked).verdict();
            assertThat(verdict.fit()).isEqualTo(24);
            assertThat(texts(verdict)).first()
                    .isEqualTo("only a loose match with need 5 — fintech contacts (topic: fintech, 24 of 100, below 30)");
        }

        @Test
        void greatRapportBeginsAtFour() {
            Need interview = need(3, "market research interview").role("market research").build();
            Verdict four = triage(contact("Ana").as("Market Research Lead").rapport(4).build()).needs(interview).verdict();
            Verdict three = triage(contact("Ana").as("Market Research Lead").rapport(3).build()).needs(interview).verdict();
            assertThat(four.fit()).isEqualTo(56);
            assertThat(four.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(texts(four)).contains("you hit it off (rapport 4/5): great conversation is a benefit in itself");
            assertThat(three.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(three.hasReason(ReasonKind.RAPPORT)).isFalse();
            assertThat(texts(three)).contains("partial fit (56 of 100, in person needs 60): a call covers it");
        }

        @Test
        void lowRapportEndsAtTwo() {
            Need intro = need(3, "intro to XYZ").company("XYZ Corp.").build();
            Verdict two = triage(contact("Ana").at("XYZ").rapport(2).build()).needs(intro).verdict();
            Verdict three = triage(contact("Ana").at("XYZ").rapport(3).build()).needs(intro).verdict();
            assertThat(two.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(two)).contains("rapport low (2/5)", "partial fit (fit 70 of 100, 50 with rapport low, in person needs 60): a call covers it");
            assertThat(three.recommendation()).isEqualTo(Recommendation.MEET_IN_PERSON);
            assertThat(three.hasReason(ReasonKind.RAPPORT)).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"1, 100", "2, 85", "3, 70", "4, 55", "5, 40", "6, 40", "9, 40"})
        void aNeedCountsLessTheLowerItRanks(int priority, int fit) {
            Need intro = need(priority, "intro to XYZ").company("XYZ Corp.").build();
            assertThat(triage(contact("Ana").at("XYZ").build()).needs(intro).verdict().fit()).isEqualTo(fit);
        }
    }

    @Nested
    class PartialFit {
        private final Contact analyst = contact("Dana Whitfield").as("Market Research Analyst").build();
        private final Need lowerRanked = need(3, "market research interview").role("market research").build();

        @Test
        void aFaceToFaceRequestGetsTheConfiguredAlternative() {
            Verdict verdict = triage(analyst).needs(lowerRanked).verdict();
            assertThat(verdict.channel()).contains(Channel.CALL);
            assertThat(verdict.suggestedMessage()).contains("short call instead");
        }

        @Test
        void aCheapRequestKeepsItsOwnChannel() {
            Verdict verdict = triage(analyst, Requests.from(analyst).format(Channel.EMAIL).travel(0)).needs(lowerRanked).verdict();
            assertThat(verdict.channel()).contains(Channel.EMAIL);
            assertThat(texts(verdict)).contains("partial fit (56 of 100, in person needs 60): an email covers it");
        }

        @Test
        void aFitComesBeforeHelpingThem() {
            Contact asking = analyst.edit().lookingFor(tags("investors")).build();
            Verdict verdict = triage(asking).needs(lowerRanked).youOffer("investors").verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).contains("you can help: they look for investors, you offer it");
        }

        @Test
        void lowRapportDoesNotTurnAFitIntoADecline() {
            Need topic = need(4, "fintech").topic("fintech").build();
            Contact cold = contact("Ivo").offering("fintech advice").rapport(1).build();
            Verdict verdict = triage(cold).needs(topic).verdict();
            assertThat(verdict.fit()).isEqualTo(33);
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).contains("partial fit (fit 33 of 100, 13 with rapport low, in person needs 60): a call covers it");
        }
    }

    @Nested
    class NoFit {
        private final Contact stranger = contact("Sam Ortiz").at("Gadget Store").as("Buyer").lookingFor("market sizing").build();

        @Test
        void whatYouOfferYourselfIsHelp() {
            Verdict verdict = triage(stranger).needs(CONNECTION_TO_XYZ).youOffer("market sizing", "python").verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
            assertThat(texts(verdict)).containsExactly("you can help: they look for market sizing, you offer it");
        }

        @Test
        void helpingComesBeforeAGreatConversation() {
            Contact warm = stranger.edit().rapport(Rapport.of(5)).build();
            Verdict verdict = triage(warm).needs(CONNECTION_TO_XYZ).youOffer("market sizing").verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
        }

        @Test
        void aCheapRequestIsHelpedOnItsOwnChannel() {
            Verdict verdict = triage(stranger, Requests.from(stranger).format(Channel.VIDEO).travel(0))
                    .youOffer("market sizing").verdict();
            assertThat(verdict.channel()).contains(Channel.VIDEO);
            assertThat(verdict.suggestedMessage()).contains("short video call");
        }

        @Test
        void theContactDoesNotCountAsSomeoneYouKnowWhoCanHelp() {
            Contact selfHelping = stranger.edit().offers(tags("market sizing")).build();
            Verdict verdict = triage(selfHelping).network(selfHelping).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        }

        @Test
        void metAndDroppedNeedsDoNotCount() {
            Contact dana = contact("Dana").at("XYZ").build();
            Verdict verdict = triage(dana).needs(
                    need(1, "intro to XYZ").company("XYZ").status(NeedStatus.MET).build(),
                    need(2, "XYZ leads").company("XYZ").status(NeedStatus.DROPPED).build()).verdict();
            assertThat(verdict.fit()).isZero();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        }

        @Test
        void aLooseMatchIsNotLiftedByRapport() {
            Need lowRanked = need(5, "fintech contacts").topic("fintech").build();
            Contact warm = contact("Ola").offering("fintech advice").rapport(5).build();
            Verdict verdict = triage(warm).needs(lowRanked).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.TARGETED_ALTERNATIVE);
            assertThat(texts(verdict)).last().isEqualTo("no shared need and nothing they ask you can give: keep in touch by call");
        }

        @Test
        void aPoliteConversationIsDeclinedSayingSo() {
            Contact polite = stranger.edit().rapport(Rapport.of(3)).build();
            Verdict verdict = triage(polite).needs(CONNECTION_TO_XYZ).verdict();
            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
            assertThat(texts(verdict)).containsExactly("no shared need, nothing they ask you can give, rapport 3/5, no more than polite");
        }

        @Test
        void someoneWhoAskedForNothingAndWasNotRatedIsDeclinedSayingSo() {
            Contact nico = contact("Nico").build();
            Verdict verdict = triage(nico, Requests.from(nico).ask("")).needs(CONNECTION_TO_XYZ).verdict();
            assertThat(texts(verdict)).containsExactly("no shared need, they named nothing they look for, rapport not rated");
        }
    }

    /** What someone writes in the request is what they ask for, whether or not "looking for" names it. */
    @Nested
    class TheirWords {
        private final Contact baker = contact("Ana Costa").build();

        private Verdict asking(String ask, String... yourOffers) {
            return triage(baker, Requests.from(baker).ask(ask)).needs(CONNECTION_TO_XYZ).youOffer(yourOffers).verdict();
        }

        @Test
        void aRequestForWhatYouOfferIsAChanceToHelp() {
            Verdict verdict = asking("Advice on baking sourdough", "sourdough baking", "UX research");

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
            assertThat(texts(verdict)).contains("you can help: they ask about sourdough baking, which you offer")
                    .noneMatch(t -> t.contains("named nothing"));
            assertThat(verdict.suggestedMessage()).contains("You asked about sourdough baking, and I would be happy to help with that.");
        }

        @Test
        void aRequestSomeoneYouKnowCanAnswerIsAnIntroduction() {
            Contact baker2 = contact("Lena Brot").offering("sourdough").build();
            Verdict verdict = triage(baker, Requests.from(baker).ask("Advice on baking sourdough"))
                    .needs(CONNECTION_TO_XYZ).network(baker2).verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.HELP_THEM);
            assertThat(texts(verdict)).contains("you can help: they ask about sourdough, and you know one who can (Lena Brot)");
            assertThat(verdict.suggestedMessage()).contains("You asked about sourdough, and I could introduce you to Lena Brot.");
        }

        @Test
        void aRequestNobodyCanAnswerIsDeclinedNamingTheRequestNotAnEmptyLookingFor() {
            Verdict verdict = asking("Advice on baking sourdough", "UX research");

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
            assertThat(texts(verdict)).containsExactly("no shared need, nothing they ask you can give, rapport not rated");
        }

        @Test
        void yourOwnWordsInARequestYouConsiderAreNotWhatTheyAskFor() {
            Verdict verdict = triage(baker, Requests.from(baker).ask("Ask about sourdough baking")
                    .initiator(dev.needle.domain.Initiator.ME)).needs(CONNECTION_TO_XYZ).youOffer("sourdough baking").verdict();

            assertThat(verdict.recommendation()).isEqualTo(Recommendation.DECLINE_KINDLY);
        }

        @Test
        void aRequestWithoutWordsFromSomeoneWhoNamedNothingSaysSo() {
            Verdict verdict = asking("", "sourdough baking");

            assertThat(texts(verdict)).containsExactly("no shared need, they named nothing they look for, rapport not rated");
        }
    }

    @Test
    void citesAtMostThreeMatchesBestFirst() {
        Contact insider = contact("Dana").at("XYZ").as("Market Research Analyst").offering("fintech advice").build();
        Verdict verdict = triage(insider).needs(
                need(1, "fintech contacts").topic("fintech").build(),
                need(2, "market research interview").role("market research").build(),
                need(3, "intro to XYZ").company("XYZ Corp.").build(),
                need(4, "XYZ leads").company("XYZ Corp.").build()).verdict();
        assertThat(verdict.reasons()).filteredOn(r -> r.kind() == ReasonKind.FIT).extracting(Reason::text).containsExactly(
                "matches need 3 — intro to XYZ (company: XYZ Corp.)",
                "matches need 2 — market research interview (role: market research)",
                "matches need 1 — fintech contacts (topic: fintech)");
        assertThat(verdict.fit()).isEqualTo(70);
    }

    @Test
    void theSuggestedMessageUsesTheFirstNameAndTheChannelAndNoRawPlaceholder() {
        Contact analyst = contact("Dana Whitfield").as("Market Research Analyst").build();
        TriageSettings settings = TriageSettings.defaults().withTemplates(MessageTemplates.defaults()
                .with(Recommendation.TARGETED_ALTERNATIVE, "Hi {first} ({name}), a {channel} about {need}? {help}"));
        Verdict verdict = triage(analyst, Requests.from(analyst).format(Channel.VIDEO).travel(0))
                .needs(MARKET_RESEARCH_INTERVIEW).verdict(settings);
        assertThat(verdict.suggestedMessage()).isEqualTo(
                "Hi Dana (Dana Whitfield), a video call about a short conversation about working in market research? what you are working on");
    }

    @Test
    void everyDefaultMessageIsFilledIn() {
        Contact dana = contact("Dana Whitfield").at("xyz").build();
        Contact priya = contact("Priya N").lookingFor("ux").build();
        Contact mia = contact("Mia").rapport(5).build();
        Contact rob = contact("Rob").build();
        List<Verdict> verdicts = List.of(
                triage(dana).needs(CONNECTION_TO_XYZ).verdict(),
                triage(dana).needs(CONNECTION_TO_XYZ).budget(spent(240, "0")).verdict(),
                triage(priya).youOffer("ux").verdict(),
                triage(mia).verdict(),
                triage(rob).verdict());
        assertThat(verdicts).extracting(Verdict::recommendation).containsExactly(Recommendation.MEET_IN_PERSON,
                Recommendation.TARGETED_ALTERNATIVE, Recommendation.HELP_THEM, Recommendation.TARGETED_ALTERNATIVE,
                Recommendation.DECLINE_KINDLY);
        assertThat(verdicts).extracting(Verdict::suggestedMessage)
                .allSatisfy(message -> assertThat(message).startsWith("Hi ").doesNotContain("{", "}"));
        assertThat(verdicts.get(1).suggestedMessage()).startsWith("Hi Dana,").contains("short call");
        assertThat(verdicts.get(2).suggestedMessage()).startsWith("Hi Priya,").contains("looking for UX").contains("short call");
    }

    @Test
    void aRequestFromSomeoneElseIsNotThisContactsCase() {
        Contact dana = contact("Dana").build();
        Contact lee = contact("Lee").build();
        assertThatThrownBy(() -> new TriageCase(Requests.from(lee).build(), dana, List.of(), Set.of(), List.of(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
