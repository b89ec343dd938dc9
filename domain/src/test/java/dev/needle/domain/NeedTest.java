package dev.needle.domain;

import static dev.needle.domain.Needs.need;
import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeedTest {
    private static final NeedId ID = new NeedId(1);
    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void refusesAnEmptyTitle() {
        assertRefused(() -> Need.open(ID, " ", NeedKind.LEADS, List.of(), 1), "title", "Title must not be empty");
    }

    @Test
    void refusesAPriorityBelowOne() {
        assertRefused(() -> Need.open(ID, "Leads", NeedKind.LEADS, List.of(), 0), "priority", "1 or more, not 0");
    }

    @Test
    void aMetNeedSaysWhoMetItAndWhen() {
        assertRefused(() -> new Need(ID, "Leads", NeedKind.LEADS, List.of(), 1, NeedStatus.MET, Optional.empty(),
                Optional.of(DAY), "", 0), "metBy", "says who met it and when");
        assertRefused(() -> new Need(ID, "Leads", NeedKind.LEADS, List.of(), 1, NeedStatus.MET,
                Optional.of(new ContactId(3)), Optional.empty(), "", 0), "metBy", "says who met it and when");
        assertRefused(() -> Need.open(ID, "Leads", NeedKind.LEADS, List.of(), 1).withStatus(NeedStatus.MET), "metBy", "Use markMet");
    }

    @Test
    void onlyAMetNeedRecordsWhoMetIt() {
        assertRefused(() -> new Need(ID, "Leads", NeedKind.LEADS, List.of(), 1, NeedStatus.OPEN,
                Optional.of(new ContactId(3)), Optional.of(DAY), "", 0), "metBy", "Only a met need");
    }

    @Test
    void markMetThenReopenForgetsWhoMetIt() {
        Need met = need(1, "Leads").build().markMet(new ContactId(3), DAY);
        assertThat(met.isActive()).isFalse();
        assertThat(met.metBy()).contains(new ContactId(3));
        Need reopened = met.reopen();
        assertThat(reopened.isActive()).isTrue();
        assertThat(reopened.metBy()).isEmpty();
        assertThat(reopened.metOn()).isEmpty();
    }

    @Test
    void advancingPutsAnOpenNeedInProgressOnly() {
        Need open = need(1, "Leads").build();
        assertThat(open.advanced().status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(open.drop().advanced().status()).isEqualTo(NeedStatus.DROPPED);
    }

    @Test
    void titlesAreNfcNormalized() {
        assertThat(need(1, "Cafe\u0301 partners").build()).isEqualTo(need(1, "Café partners").build());
    }

    @Test
    void citesItselfByPlaceInTheList() {
        Need need = need(2, "informational interview in market research").role("market research").build();
        assertThat(need.citation()).isEqualTo("need 2 — informational interview in market research");
    }

    @Test
    void asksAboutTheFirstTargetOrTheTitle() {
        assertThat(need(1, "A connection to XYZ").kind(NeedKind.INTRODUCTION).company("XYZ Corp.").build().question())
                .isEqualTo("Who do you know at XYZ Corp. who would take a short call with me?");
        assertThat(need(1, "resume").kind(NeedKind.FEEDBACK).build().question())
                .isEqualTo("Would you give me honest feedback on my resume?");
    }

    @Test
    void someoneAtAnEventIsAskedAboutTheCompanyTheyWorkAtWhenATopicNamesIt() {
        // "Enpal" typed without "company:": the prep sheet asked Katrin of Enpal "what does work in Enpal
        // really look like day to day?".
        Need talk = need(1, "Talk to a data lead at Enpal or 1KOMMA5").kind(NeedKind.INFORMATIONAL_INTERVIEW)
                .topic("Enpal").topic("1KOMMA5").build();
        Contact katrin = Contacts.contact("Katrin Müller").at("Enpal").build();
        Contact ahmed = Contacts.contact("Ahmed El-Sayed").at("1KOMMA5°").build();

        assertThat(NeedWords.questionTo(talk, Voice.I, katrin)).isEqualTo("Katrin, what is it really like to work at Enpal?");
        assertThat(NeedWords.questionTo(talk, Voice.I, ahmed)).isEqualTo("Ahmed, what is it really like to work at 1KOMMA5?");
    }

    @Test
    void aTargetTypedWithoutItsKindIsSaidAsWhatItIs() {
        // Targets typed as "hiring manager, climate tech, CV" and "Tibber, hiring manager": the prep sheet asked
        // "Would you give me honest feedback on my hiring manager?" and "Do you know someone who knows tibber well …".
        Need cv = need(1, "Get honest feedback on my CV from someone who hires data engineers in climate tech")
                .kind(NeedKind.FEEDBACK).topic("hiring manager").topic("climate tech").topic("CV").build();
        Need tibber = need(2, "An intro to the hiring manager for Tibber's data platform team").kind(NeedKind.INTRODUCTION)
                .topic("Tibber").topic("hiring manager").build();
        Need market = need(3, "Retail leads").kind(NeedKind.LEADS).topic("Hospitality").build();

        assertThat(cv.question()).isEqualTo("Do you know a hiring manager who would give me honest feedback?");
        assertThat(cv.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("honest feedback from a hiring manager");
        assertThat(tibber.question()).contains("knows Tibber well");
        // Not written with its capital inside the title: a word, lowered inside a sentence as before.
        assertThat(market.phrase(DirectionKind.BUSINESS)).isEqualTo("hospitality leads");
    }

    @Test
    void aRoleBesideTheCompanySaysWhoThereIsMeant() {
        // "An intro to the in-house counsel at Sonae" (company:Sonae, role:in-house counsel) was asked for
        // as "an introduction to the people who buy at Sonae", in a message to the person who could give it.
        Need counsel = need(1, "An intro to the in-house counsel at Sonae").kind(NeedKind.LEADS).company("Sonae")
                .role("In-House Counsel").build();
        Need manager = need(2, "Someone at Acme").kind(NeedKind.INTRODUCTION).company("Acme").role("hiring manager").build();
        Need field = need(3, "Acme's research").kind(NeedKind.INTRODUCTION).company("Acme").role("market research").build();

        assertThat(counsel.phrase(DirectionKind.BUSINESS)).isEqualTo("an introduction to an in-house counsel at Sonae");
        assertThat(counsel.question(DirectionKind.BUSINESS))
                .isEqualTo("Do you know an in-house counsel at Sonae, and could you introduce me?");
        assertThat(manager.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("an introduction to a hiring manager at Acme");
        assertThat(manager.question()).isEqualTo("Do you know a hiring manager at Acme who would take a short call with me?");
        // A role that names a field, not a person, does not go where a person goes.
        assertThat(field.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("an introduction to someone at Acme");
    }

    @Test
    void aFeedbackTitleThatAsksForFeedbackIsNotSaidTwice() {
        // It read "honest feedback on my get feedback on my UX portfolio".
        Need portfolio = need(2, "Get feedback on my UX portfolio").kind(NeedKind.FEEDBACK).build();
        Need resume = need(3, "Feedback on my resume").kind(NeedKind.FEEDBACK).build();
        Need critique = need(4, "resume critique").kind(NeedKind.FEEDBACK).build();

        assertThat(portfolio.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("honest feedback on my UX portfolio");
        assertThat(portfolio.question()).isEqualTo("Would you give me honest feedback on my UX portfolio?");
        assertThat(resume.phrase(DirectionKind.BUSINESS)).isEqualTo("honest feedback on our resume");
        assertThat(critique.phrase(DirectionKind.JOB_SEARCH)).isEqualTo("honest feedback on my resume critique");
    }

    @Test
    void leadsOnATopicReadRightForASectorAndForAThing() {
        Need sector = need(1, "Hotels and restaurants").kind(NeedKind.LEADS).topic("Hospitality").build();
        Need shop = need(2, "Find a shop").kind(NeedKind.LEADS).topic("ground-floor shop").build();
        Need leases = need(3, "Cheaper rent").kind(NeedKind.LEADS).topic("retail leases").build();
        Need town = need(4, "Cafés downtown").kind(NeedKind.LEADS).topic("cafés in Graz").build();

        assertThat(sector.phrase(DirectionKind.BUSINESS)).isEqualTo("hospitality leads");
        assertThat(shop.phrase(DirectionKind.BUSINESS)).isEqualTo("ground-floor shop leads");
        assertThat(leases.phrase(DirectionKind.BUSINESS)).isEqualTo("leads on retail leases");
        assertThat(town.phrase(DirectionKind.BUSINESS)).isEqualTo("leads on cafés in Graz");
        assertThat(sector.question()).isEqualTo("Do you know of any hospitality leads?");
        assertThat(shop.question()).isEqualTo("Do you know of any ground-floor shop leads?");
        assertThat(leases.question()).isEqualTo("Do you know of any leads on retail leases?");
    }
}
