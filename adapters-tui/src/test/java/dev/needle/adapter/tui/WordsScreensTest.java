package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15 on the screens: a business direction's defaults, hire candidates, travel and cost, needs hints. */
class WordsScreensTest {
    private static final Key RIGHT = Key.of(Key.Type.RIGHT);

    private static Wiring bakery() {
        Wiring w = new Wiring();
        w.useCases.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS,
                "Grow the bakery's wholesale line", Set.of()));
        return w;
    }

    private static Contact person(Wiring w, String name, String company, String role) {
        return w.useCases.captureContact().capture(new CaptureContactUseCase.Command(name, company, role,
                Optional.empty(), Set.of(), Optional.empty()));
    }

    @Test
    void choosingBusinessInSetupOffersLeadsFirstAndSaysWhatABusinessNeeds() throws Exception {
        Wiring w = new Wiring();
        try (Tui tui = Tui.on(w)) {
            tui.press(RIGHT).tab().type("Grow the bakery's wholesale line").enter().enter();
            assertThat(tui.text()).contains("Setup 2/3").contains("What your business needs")
                    .contains("‹ leads ›");
            tui.type("Wholesale buyers").tab().tab().type("company:Blue Bottle").enter().enter();
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::kind).containsExactly(NeedKind.LEADS);
        }
    }

    @Test
    void aJobSearchStillStartsWithAConversation() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            assertThat(tui.text()).contains("What your job search needs").contains("‹ informational interview ›");
        }
    }

    @Test
    void aContactsOffersAreListedInTheOrderTheyWereTyped() throws Exception {
        // The page read "Can offer: Porto startups, SQL, intro to Sonae legal": capitals sorted first;
        // then sorted whatever the case. Now as typed, first things first (TypedOrderTest).
        Wiring w = bakery();
        w.useCases.captureContact().capture(new CaptureContactUseCase.Command("Inês de Sousa", "Sonae", "",
                Optional.empty(), new java.util.LinkedHashSet<>(List.of(Tag.of("Porto startups"),
                        Tag.of("intro to Sonae legal"), Tag.of("SQL"))), Optional.empty()));
        try (Tui tui = Tui.on(w).press('3').enter()) {
            assertThat(tui.text()).contains("Can offer: Porto startups, intro to Sonae legal, SQL");
        }
    }

    @Test
    void theDirectionSaysWhoMessagesSpeakFor() throws Exception {
        try (Tui tui = Tui.on(bakery()).press('D')) {
            assertThat(tui.text()).contains("Messages say \"we\", as a team; write the plan with \"I\" if you work alone.");
        }
        Wiring w = new Wiring();
        w.useCases.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.BUSINESS,
                "I translate contracts from Portuguese for law firms in Porto", Set.of()));
        try (Tui tui = Tui.on(w).press('D')) {
            assertThat(tui.text()).contains("Messages say \"I\", as the plan does.");
        }
    }

    @Test
    void theNeedsScreenOfABusinessAddsLeadsByDefault() throws Exception {
        Wiring w = bakery();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            assertThat(tui.text()).contains("‹ leads ›");
            tui.tab().press(RIGHT);
            assertThat(tui.text()).as("the kinds a business needs come next").contains("‹ hire ›");
        }
    }

    @Test
    void helpOnAHireCandidateRecordsACandidateAndAnInterviewNotHelp() throws Exception {
        Wiring w = bakery();
        w.useCases.addNeed().addNeed(new AddNeedUseCase.Command("Hire a pastry chef", NeedKind.HIRE,
                List.of(Target.role("Pastry Chef")), ""));
        Contact ana = person(w, "Ana Lima", "", "Pastry Chef");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            assertThat(tui.text()).contains("INVITE TO AN INTERVIEW").contains("Ana is a candidate for need 1")
                    .contains("h candidate: interview");
            tui.press('h');
            String weekOut = Fakes.TODAY.plusDays(7).toString();
            assertThat(tui.row(23)).doesNotContain("you will help")
                    .contains("Ana is a candidate: interview follow-up on " + weekOut + ". Message copied.");
            assertThat(tui.copied).hasSize(1);
            assertThat(tui.copied.get(0)).contains("invite you to an interview").doesNotContain("help");
            assertThat(tui.text()).contains("Decided: candidate, interview to set up");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp())
                    .contains(Fakes.TODAY.plusDays(7));
        }
    }

    @Test
    void aPlaceNoted25MinDriveIsFiftyMinutesOfTravelAndTheAcceptFormKeepsTheCostEntered() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("coffee").tab().tab().type("Blue Bottle, 25 min drive").enter();
            assertThat(tui.text()).contains("50 min travel").doesNotContain("0 min travel, 0.00");
            tui.press('a');
            assertThat(tui.text()).contains("Travel min").contains("50").contains("Cost");
            tui.tab().tab().tab().tab().tab().tab().press(Key.ctrl('u')).type("12.50").press(Key.ctrl('s'));
            MeetingRequest scheduled = w.useCases.viewContact().viewContact(ana.id()).requests().get(0);
            assertThat(scheduled.status()).isEqualTo(RequestStatus.SCHEDULED);
            assertThat(scheduled.estimate().travelMinutes()).isEqualTo(50);
            assertThat(scheduled.estimate().money()).isEqualTo(Money.parse("12.50"));
            assertThat(tui.text()).contains("50 min travel, 12.50");
        }
    }

    @Test
    void theAcceptMessageProposesTheDayTimeAndPlaceSetInsteadOfAskingForADay() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("coffee").tab().tab().type("Blue Bottle, 25 min drive").enter();
            tui.press('a').press(Key.ctrl('u')).type("2027-01-05").tab().press(Key.ctrl('u')).type("14:30")
                    .press(Key.ctrl('s'));
            assertThat(tui.copied).hasSize(1);
            assertThat(tui.copied.get(0)).doesNotContain("Which day").doesNotContain("next week")
                    .endsWith("Would Tuesday, January 5 at 2:30 pm work for you for a coffee at Blue Bottle?");
        }
    }

    @Test
    void aTimeTypedAsPeopleWriteItIsTaken() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("coffee").tab().tab().type("Blue Bottle").enter();
            tui.press('a').press(Key.ctrl('u')).type("2027-01-05").tab().press(Key.ctrl('u')).type("9:30")
                    .press(Key.ctrl('s'));
            assertThat(tui.text()).doesNotContain("is not a time");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).requests().get(0).status())
                    .isEqualTo(RequestStatus.SCHEDULED);
            assertThat(tui.copied.get(0)).endsWith("Would Tuesday, January 5 at 9:30 am work for you for a coffee at Blue Bottle?");
        }
    }

    @Test
    void aMeetingAcceptedAsACallProposesTheCallNotMeetingInPerson() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("coffee").tab().tab().type("Blue Bottle").enter();
            tui.press('a').press(Key.ctrl('u')).type("2027-01-05").tab().press(Key.ctrl('u')).type("12:00").tab().tab();
            for (int i = 0; i < 8 && !tui.text().contains("‹ call ›"); i++) {
                tui.press(RIGHT);
            }
            tui.press(Key.ctrl('s'));
            assertThat(tui.copied).hasSize(1);
            assertThat(tui.copied.get(0)).doesNotContain("in person").doesNotContain("Blue Bottle")
                    .endsWith("Would Tuesday, January 5 at noon work for you for a call?");
        }
    }

    @Test
    void loggingTheMeetingStartsFromTheTravelAndCostSetWhenItWasAccepted() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("coffee").tab().tab().type("Blue Bottle, 25 min drive").enter();
            tui.press('a').tab().tab().tab().tab().tab().tab().press(Key.ctrl('u')).type("12.50").press(Key.ctrl('s'));
            tui.esc().enter().press('l');
            assertThat(tui.text()).contains("From the meeting set for");
            tui.press(Key.ctrl('s'));
            var logged = w.useCases.viewContact().viewContact(ana.id()).interactions();
            assertThat(logged).hasSize(1);
            assertThat(logged.get(0).travelMinutes()).isEqualTo(50);
            assertThat(logged.get(0).expenses().total()).isEqualTo(Money.parse("12.50"));
        }
    }

    @Test
    void whenYouAskTheScreenSaysSoNotThatTheyAsk() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Seeds.contact(w, "Priya Shah", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.type("ask about the team").tab().tab().tab().press(RIGHT).enter();
            assertThat(tui.text()).contains("You ask Priya Shah: ask about the team (coffee)")
                    .doesNotContain("Priya Shah asks");
        }
    }

    @Test
    void todayWithNoNeedsSaysToWriteThemDownFirstAndTheKeyOpensNeeds() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).contains("Write down what you need first — press 2");
            tui.press('2');
            assertThat(tui.ui.current().name()).isEqualTo("Needs");
        }
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).doesNotContain("Write down what you need first");
        }
    }

    @Test
    void theNeedsScreenWarnsOfANeedThatNamesNoTarget() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Seeds.need(w, "find a mentor");
        try (Tui tui = Tui.on(w).press('2')) {
            assertThat(tui.text()).contains("! Need 2 names no company, role or topic, so nobody can match it");
            tui.press('j').enter();
            assertThat(tui.text()).contains("! No company, role or topic, so nobody can match it: e to add one.");
        }
    }
}
