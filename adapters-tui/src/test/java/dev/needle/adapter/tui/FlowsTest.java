package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Stage;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowsTest {

    private static final Key RIGHT = Key.of(Key.Type.RIGHT);

    @Test
    void firstRunSetupRecordsADirectionANeedAndABudget() throws Exception {
        Wiring w = new Wiring();
        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).contains("Setup 1/3").contains("No direction yet");
            tui.press(RIGHT).tab().type("Grow my bakery into a second shop").enter();
            assertThat(w.useCases.getDirection().activeDirection()).as("Enter moves on until the last field").isEmpty();
            tui.enter();
            Direction direction = w.useCases.getDirection().activeDirection().orElseThrow();
            assertThat(direction.kind()).isEqualTo(DirectionKind.BUSINESS);
            assertThat(tui.text()).contains("Setup 2/3").contains("Grow my bakery");

            tui.type("intro to a commercial landlord").tab().tab().type("company:Acme Realty, retail leases").enter().enter();
            List<Need> needs = w.useCases.listNeeds().listNeeds();
            assertThat(needs).extracting(Need::title).containsExactly("intro to a commercial landlord");
            assertThat(needs.get(0).targets()).containsExactly(new Target(TargetKind.COMPANY, "Acme Realty"),
                    Target.topic("retail leases"));
            // It said "Added need 1.": a number nobody had seen yet.
            assertThat(tui.text()).contains("Added need 1: intro to a commercial landlord. Last: an optional budget.");

            tui.type("3").tab().type("40").press(Key.ctrl('s'));
            assertThat(w.useCases.budgetStatus().budgetStatus().orElseThrow().budget().weeklyMinutes()).isEqualTo(180);
            assertThat(tui.ui.current().name()).isEqualTo("Today");
            assertThat(tui.text()).contains("intro to a commercial landlord");
        }
    }

    @Test
    void theHeaderOffersSetupOnlyWhenSetupIsNotAlreadyOpen() throws Exception {
        try (Tui tui = Tui.on(new Wiring())) {
            assertThat(tui.text()).contains("Setup 1/3");
            assertThat(tui.row(0)).contains("No direction yet").doesNotContain("press s");
            tui.esc();
            assertThat(tui.row(0)).contains("press s to set one up");
            tui.press('s');
            assertThat(tui.text()).contains("Setup 1/3");
            assertThat(tui.row(0)).doesNotContain("press s");
        }
    }

    @Test
    void escDuringSetupLeavesAUsableAppAndKeepsWhatWasTyped() throws Exception {
        Wiring w = new Wiring();
        try (Tui tui = Tui.on(w)) {
            tui.tab().type("Find a product role").esc();
            assertThat(tui.ui.current().name()).isEqualTo("Today");
            assertThat(w.useCases.getDirection().activeDirection()).map(Direction::statement)
                    .contains("Find a product role");
            assertThat(tui.row(0)).contains("Find a product role");

            tui.press('3').press('a').type("Ana Ruiz").enter();
            assertThat(w.useCases.searchContacts().search("", 10)).extracting(Contact::name).contains("Ana Ruiz");
        }
    }

    @Test
    void anInvalidSetupStepIsKeptAsADraftThatSBringsBack() throws Exception {
        Wiring w = new Wiring();
        try (Tui tui = Tui.on(w)) {
            tui.press(RIGHT).esc();
            assertThat(tui.ui.current().name()).isEqualTo("Today");
            tui.press('s');
            assertThat(tui.text()).contains("Setup 1/3").contains("‹ business ›");
        }
    }

    @Test
    void fastCaptureSavesThreePeopleInARowAndStaysReady() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('3').press('a')) {
            tui.type("Ana Ruiz").tab().type("Acme").enter();
            assertThat(tui.row(23)).contains("Saved Ana Ruiz");
            tui.type("Ben Okafor").enter();
            tui.type("田中太郎").enter();
            assertThat(tui.ui.current().name()).isEqualTo("Capture");
            tui.esc();
            assertThat(tui.ui.current().name()).isEqualTo("Contacts");
            assertThat(tui.text()).contains("Ana Ruiz").contains("Ben Okafor").contains("田中太郎");
            assertThat(w.useCases.searchContacts().search("acme", 10)).extracting(Contact::name).containsExactly("Ana Ruiz");
        }
    }

    @Test
    void aFieldIsCheckedWhenLeftAndAFormWithErrorsIsNotSaved() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.tab();
            int titleRow = tui.rowOf("Title");
            assertThat(tui.row(titleRow + 1)).as("the error, under the field").contains("!");
            tui.press(Key.ctrl('s'));
            assertThat(w.useCases.listNeeds().listNeeds()).isEmpty();
            assertThat(tui.row(23)).contains("Fix the marked field");
            assertThat(tui.ui.current().name()).isEqualTo("Add need");
        }
    }

    @Test
    void escOnAChangedFormAsksBeforeThrowingTheChangeAway() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('2').press('a')) {
            tui.type("intro to Acme").esc();
            assertThat(tui.text()).contains("Throw away what you typed? y/N");
            tui.press('n');
            assertThat(tui.ui.current().name()).isEqualTo("Add need");
            assertThat(tui.text()).contains("intro to Acme");
            tui.esc().press('y');
            assertThat(tui.ui.current().name()).isEqualTo("Needs");
            assertThat(w.useCases.listNeeds().listNeeds()).isEmpty();
        }
    }

    @Test
    void editingAContactSavesTheChangedFields() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('e')) {
            tui.tab().tab().type("Research Lead").press(Key.ctrl('s'));
            assertThat(w.useCases.searchContacts().search("", 5).get(0).role()).isEqualTo("Research Lead");
        }
    }

    @Test
    void triageShowsTheVerdictBigWithItsReasonsCostAndMessage() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "informational interview in market research", Target.role("market research"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            assertThat(tui.text()).contains("Meeting request");
            tui.type("coffee to talk research").enter();
            MeetingRequest request = w.useCases.listPendingRequests().pendingRequests().get(0);
            var verdict = w.useCases.triage().triage(request.id());
            assertThat(tui.text()).contains(verdict.recommendation().headline().toUpperCase())
                    .contains("Why").contains(verdict.reasons().get(0).text().substring(0, 20))
                    .contains("Cost:").contains("Message");

            tui.press('y');
            assertThat(tui.copied).containsExactly(verdict.suggestedMessage());
        }
    }

    @Test
    void tOnAContactWithAPendingRequestOffersItInsteadOfRecordingAnother() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t')) {
            tui.enter().esc();
            tui.press('t');
            assertThat(tui.ui.current().name()).isEqualTo("Meeting request");
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(w.useCases.listPendingRequests().pendingRequests()).hasSize(1);
        }
    }

    @Test
    void declineKindlyAsksThenRecordsTheOutcomeAndCopiesTheMessage() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            tui.press('x');
            assertThat(tui.text()).contains("Decline kindly and close Ana Ruiz? y/N");
            tui.press('y');
            MeetingRequest decided = w.useCases.viewContact().viewContact(ana.id()).requests().get(0);
            assertThat(decided.status()).isEqualTo(RequestStatus.DECLINED);
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().stage()).isEqualTo(Stage.CLOSED_KINDLY);
            assertThat(tui.copied).containsExactly(decided.message());
            assertThat(tui.text()).contains("Decided: declined kindly");
        }
    }

    @Test
    void counterOffersACheaperChannelAndHelpRecordsPayingItForward() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        Contact ben = Seeds.contact(w, "Ben Okafor", "Globex", "");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            tui.press('c').press(RIGHT).enter();
            MeetingRequest countered = w.useCases.viewContact().viewContact(ana.id()).requests().get(0);
            assertThat(countered.status()).isEqualTo(RequestStatus.COUNTERED);
            assertThat(countered.alternative()).map(c -> c.label()).contains("video call");

            tui.esc().press('j', 't').enter().press('h');
            MeetingRequest helped = w.useCases.viewContact().viewContact(ben.id()).requests().get(0);
            assertThat(helped.status()).isEqualTo(RequestStatus.HELPING);
            assertThat(tui.copied).hasSize(2);
        }
    }

    @Test
    void acceptSchedulesTheMeeting() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            tui.press('a').tab().tab().type("Blue Bottle, Main St").press(Key.ctrl('s'));
            MeetingRequest scheduled = w.useCases.viewContact().viewContact(ana.id()).requests().get(0);
            assertThat(scheduled.status()).isEqualTo(RequestStatus.SCHEDULED);
            assertThat(scheduled.schedule().orElseThrow().place()).isEqualTo("Blue Bottle, Main St");
        }
    }

    @Test
    void anInteractionLoggedFromTheContactPageShowsInItsHistoryAndAdvancesTheNeed() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme");
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('l')) {
            tui.tab().tab().tab().type("20").tab().tab().type("4.50").tab().tab().type("talked about Acme").tab().type("7")
                    .press(Key.ctrl('s'));
            assertThat(tui.text()).contains("There is no need 7");
            tui.press(Key.of(Key.Type.BACKSPACE)).type("1").press(Key.ctrl('s'));
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            assertThat(tui.text()).contains("coffee").contains("talked about Acme");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).hasSize(1);
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status())
                    .isEqualTo(dev.needle.domain.NeedStatus.IN_PROGRESS);
        }
    }

    @Test
    void anAnswerOtherThanTheVerdictUsesTheConfiguredTemplate() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        var templates = dev.needle.domain.triage.MessageTemplates.defaults()
                .with(dev.needle.domain.triage.Recommendation.HELP_THEM, "Glad to help, {first}!");
        try (Tui tui = new Tui(w, 80, 24, templates).press('3').press('t').enter()) {
            assertThat(w.useCases.triage().triage(w.useCases.listPendingRequests().pendingRequests().get(0).id())
                    .recommendation()).isNotEqualTo(dev.needle.domain.triage.Recommendation.HELP_THEM);
            tui.press('h');
            assertThat(tui.copied).containsExactly("Glad to help, Ana!");
        }
    }

    @Test
    void helpingThemSetsAFollowUpAWeekOutAndSaysWhen() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').press('t').enter()) {
            tui.press('h');
            java.time.LocalDate weekOut = dev.needle.application.service.fake.Fakes.TODAY.plusDays(7);
            assertThat(tui.row(23)).contains("follow up on " + weekOut);
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp()).contains(weekOut);
        }
    }

    @Test
    void theFullEditFormScrollsOnASmallWindowAndRefusesClosingWithoutAMessage() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = new Tui(w, 60, 16).press('3').press('e')) {
            for (int i = 0; i < 12; i++) {
                tui.tab();
            }
            assertThat(tui.text()).contains("> Notes").doesNotContain("> Name");
            tui.type("met at the fintech meetup");
            tui.press(Key.of(Key.Type.BACK_TAB), Key.of(Key.Type.BACK_TAB));
            assertThat(tui.text()).contains("> Stage");
            // From "met", back past "not met yet" to the last stage.
            tui.press(Key.of(Key.Type.LEFT), Key.of(Key.Type.LEFT));
            tui.press(Key.ctrl('s'));
            assertThat(tui.text()).contains("Close kindly from triage");
            tui.press(Key.of(Key.Type.LEFT)).press(Key.ctrl('s'));
            Contact saved = w.useCases.viewContact().viewContact(ana.id()).contact();
            assertThat(saved.stage()).isEqualTo(Stage.RELATIONSHIP);
            assertThat(saved.notes()).isEqualTo("met at the fintech meetup");
        }
    }

    @Test
    void theContactPageListsRequestsWithTheirVerdictOrTheMessageSent() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = Tui.on(w).press('3').enter().press('t').enter().esc()) {
            assertThat(tui.text()).contains("waiting for triage → Decline kindly");
            tui.press('t').enter().press('x', 'y').esc();
            assertThat(tui.text()).contains("declined kindly").contains("sent: Hi Ana");
        }
    }

    @Test
    void onTheSmallestWindowTheTriageStillShowsTheMessage() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "informational interview in market research", Target.role("market research"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "Market Research Lead");
        try (Tui tui = new Tui(w, 60, 16).press('3').press('t').enter()) {
            assertThat(tui.text()).contains("MEET IN PERSON").contains("Why").contains("Cost:").contains("Hi Ana");
        }
    }

    @Test
    void budgetAndDirectionFormsStartFromWhatIsSetAndSaveChanges() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = Tui.on(w).press('6').press('e')) {
            tui.type("4").tab().type("60").press(Key.ctrl('s'));
            assertThat(tui.text()).contains("0 of 4 h spent").contains("0.00 of 60.00 spent");
            tui.press('e');
            assertThat(tui.text()).contains("4_").contains("60.00");
            tui.esc();
            tui.press(':').type("direction").enter().press('e');
            assertThat(tui.text()).contains("Land a UX research role in fintech").contains("ux design");
            tui.tab().type(", at a bank").press(Key.ctrl('s'));
            assertThat(w.useCases.getDirection().activeDirection().orElseThrow().statement())
                    .isEqualTo("Land a UX research role in fintech, at a bank");
            assertThat(w.useCases.getDirection().allDirections()).hasSize(2);
        }
    }
}
