package dev.needle.domain.triage;

import static dev.needle.domain.Contacts.contact;
import static dev.needle.domain.Needs.need;
import static dev.needle.domain.triage.Cases.request;
import static dev.needle.domain.triage.Cases.spent;
import static dev.needle.domain.triage.Cases.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Schedule;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, section 5: a bakery owner growing a wholesale line. A candidate for a need to hire is a
 * lead for your need, met in an interview, never someone you "help"; a business says "we".
 */
class CandidatesAndBusinessTest {
    private static final MessageTemplates TEMPLATES = TriageSettings.defaults().templates();
    private final Need pastryChef = need(1, "Hire a pastry chef").kind(NeedKind.HIRE).role("Pastry Chef").build();
    private final Contact ana = contact("Ana Lima").as("Pastry Chef").build();

    @Test
    void aCandidateIsInvitedToAnInterview() {
        Verdict v = verdict(DirectionKind.BUSINESS, request(ana, Initiator.THEM, Channel.COFFEE, "", 20, "6"), ana,
                List.of(pastryChef), Set.of(), List.of(), spent(0, "0"));
        assertThat(v.isCandidate()).isTrue();
        assertThat(v.headline()).isEqualTo("Invite to an interview");
        assertThat(v.reasons()).extracting(Reason::text)
                .contains("Ana is a candidate for need 1: a meeting is an interview, not a favor");
        assertThat(v.suggestedMessage()).doesNotContain("help").isEqualTo("Hi Ana, thank you for reaching out. "
                + "We are looking for a pastry chef to hire, and I would like to invite you to an interview. "
                + "Which day next week works for you for an interview over a coffee?");
    }

    @Test
    void aScheduledInterviewIsProposedForItsDayAndPlace() {
        Verdict v = verdict(DirectionKind.BUSINESS, request(ana, Initiator.THEM, Channel.COFFEE, "", 20, "6"), ana,
                List.of(pastryChef), Set.of(), List.of(), spent(0, "0"));
        Schedule at = new Schedule(LocalDateTime.of(2027, 1, 5, 10, 30), "the bakery", Channel.IN_PERSON, 45);
        assertThat(v.draftFor(at, TEMPLATES)).contains("invite you to an interview")
                .endsWith("Would Tuesday, January 5 at 10:30 am work for you for the interview at the bakery?");
        assertThat(v.draftFor(new Schedule(at.at(), "", Channel.CALL, 30), TEMPLATES))
                .endsWith("Would Tuesday, January 5 at 10:30 am work for you for the interview by phone?");
    }

    @Test
    void helpOnACandidateWritesAboutTheInterviewNotAboutHelping() {
        Verdict v = verdict(DirectionKind.BUSINESS, request(ana, Initiator.THEM, Channel.COFFEE, "", 20, "6"), ana,
                List.of(pastryChef), Set.of(), List.of(), spent(0, "0"));
        String h = v.draft(Recommendation.HELP_THEM, Channel.CALL, TEMPLATES);
        assertThat(h).doesNotContain("help").isEqualTo("Hi Ana, thank you for reaching out. We are looking for a pastry "
                + "chef to hire, and I would like to invite you to an interview. Shall we set up a short call to find a "
                + "time for the interview?");
    }

    @Test
    void aCandidateTooFarAwayIsOfferedAFirstInterviewByCall() {
        Verdict v = verdict(DirectionKind.BUSINESS, request(ana, Initiator.THEM, Channel.COFFEE, "Boulder, 75 min drive", 150, "6"), ana,
                List.of(pastryChef), Set.of(), List.of(), spent(0, "0"));
        assertThat(v.ground()).isEqualTo(Ground.TOO_FAR);
        assertThat(v.headline()).isEqualTo("Suggest a first interview by call");
        assertThat(v.suggestedMessage()).doesNotContain("help").isEqualTo("Hi Ana, thank you for reaching out. "
                + "We are looking for a pastry chef to hire, and I would like to talk with you about the role. "
                + "Getting to Boulder is a long trip for me right now. Could we have a first interview by call instead?");
    }

    @Test
    void someoneWhoOnlyKnowsTheFieldLooselyIsNoCandidate() {
        Contact lee = contact("Lee Park").as("Baker").build();
        Verdict v = verdict(DirectionKind.BUSINESS, request(lee, Initiator.THEM, Channel.COFFEE, "", 20, "6"), lee,
                List.of(pastryChef), Set.of(), List.of(), spent(0, "0"));
        assertThat(v.isCandidate()).isFalse();
        assertThat(v.reasons()).extracting(Reason::text).noneMatch(r -> r.contains("candidate"));
    }

    /** They asked for a 20-minute coffee, with {@code need} the only one written down and nothing spent yet. */
    private static Verdict askedForCoffee(DirectionKind direction, Contact them, Need need) {
        return verdict(direction, request(them, Initiator.THEM, Channel.COFFEE, "", 20, "6"), them, List.of(need),
                Set.of(), List.of(), spent(0, "0"));
    }

    @Test
    void aBusinessSaysWeAndAJobSearchSaysI() {
        Contact buyer = contact("Sam Reyes").at("Blue Bottle").build();
        Need leads = need(1, "Wholesale buyers").kind(NeedKind.LEADS).company("Blue Bottle").build();
        Verdict business = askedForCoffee(DirectionKind.BUSINESS, buyer, leads);
        Verdict job = askedForCoffee(DirectionKind.JOB_SEARCH, buyer, leads);
        // Sam works at Blue Bottle: asking him for "an introduction to the people who buy at Blue Bottle"
        // asked a buyer to introduce us to himself.
        assertThat(business.suggestedMessage()).contains("I would be glad to meet: we are looking for a way to do "
                + "business with Blue Bottle, and I think you could help.");
        assertThat(job.suggestedMessage()).contains("I would be glad to meet: I am looking for a way to do business");
        Need wholesale = need(1, "Wholesale buyers").kind(NeedKind.LEADS).company("Blue Bottle").topic("coffee wholesale")
                .build();
        Contact friend = contact("Kim Ode").at("Roastery Ltd").offering("coffee wholesale").build();
        assertThat(askedForCoffee(DirectionKind.BUSINESS, friend, wholesale).suggestedMessage())
                .contains("we are looking for an introduction to the people who buy at Blue Bottle");
    }

    @Test
    void aBusinessSpeaksAsWeThroughTheWholeSentence() {
        // Walked by hand: "we are looking for a commercial Real-Estate agent I can trust".
        Contact agent = contact("Ursula Höfler").as("Commercial Real-Estate Agent").build();
        Need lease = need(1, "Find a shop lease").kind(NeedKind.VENDOR_PARTNER).role("Commercial Real-Estate Agent").build();
        Verdict business = askedForCoffee(DirectionKind.BUSINESS, agent, lease);
        assertThat(business.suggestedMessage()).contains("I would be glad to meet: we are looking for a commercial "
                + "real-estate agent we can trust, and I think you could help.");
        Verdict job = askedForCoffee(DirectionKind.JOB_SEARCH, agent, lease);
        assertThat(job.suggestedMessage()).contains("I am looking for a commercial real-estate agent I can trust");

        Need deck = need(2, "Pitch deck").kind(NeedKind.FEEDBACK).build();
        assertThat(deck.phrase(DirectionKind.BUSINESS)).isEqualTo("honest feedback on our pitch deck");
        assertThat(deck.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("honest feedback on my pitch deck");
        Need pricing = need(3, "Prices").kind(NeedKind.FEEDBACK).topic("Wholesale Pricing").build();
        assertThat(pricing.phrase(DirectionKind.BUSINESS)).isEqualTo("honest feedback on our wholesale pricing");
    }

    @Test
    void aBusinessWithNoNeedsWrittenDownIsToldWhatItsBusinessNeeds() {
        Contact rob = contact("Rob Hale").build();
        Verdict v = verdict(DirectionKind.BUSINESS, request(rob, Initiator.THEM, Channel.COFFEE, "", 15, "6"), rob,
                List.of(), Set.of(), List.of(), spent(0, "0"));
        assertThat(v.reasons().get(0).text()).isEqualTo("you have not written down what your business needs yet: "
                + "write down what you need first (press 2)");
        assertThat(v.suggestedMessage()).contains("I am still working out what the business needs");
    }

    @Test
    void aNeedTitledWithAVerbIsAskedAboutAsAPersonWould() {
        Need supplier = need(3, "Find a packaging supplier").kind(NeedKind.VENDOR_PARTNER).build();
        assertThat(supplier.question()).isEqualTo("Do you know anyone who could help me find a packaging supplier?");
        assertThat(supplier.phrase(DirectionKind.BUSINESS)).isEqualTo("help to find a packaging supplier");
        Need mentor = need(4, "A mentor in retail").kind(NeedKind.OTHER).build();
        assertThat(mentor.question()).isEqualTo("Do you know anyone who could help me with a mentor in retail?");
    }

    @Test
    void aHelperHoldingTheRoleReadsAsAPerson() {
        HelperRanking ranking = new HelperRanking(TriageSettings.defaults());
        List<Helper> helpers = ranking.rank(pastryChef, List.of(ana), Set.of());
        assertThat(helpers.get(0).reasons()).contains("is a pastry chef");
    }

    @Test
    void theDirectionsKindOrdersTheNeedKindsOfferedFirst() {
        assertThat(DirectionKind.BUSINESS.defaultNeedKind()).isEqualTo(NeedKind.LEADS);
        assertThat(DirectionKind.BUSINESS.needKinds()).startsWith(NeedKind.LEADS, NeedKind.HIRE, NeedKind.VENDOR_PARTNER)
                .containsExactlyInAnyOrder(NeedKind.values());
        assertThat(DirectionKind.JOB_SEARCH.defaultNeedKind()).isEqualTo(NeedKind.INFORMATIONAL_INTERVIEW);
        assertThat(DirectionKind.JOB_SEARCH.needKinds()).containsExactlyInAnyOrder(NeedKind.values());
    }
}
