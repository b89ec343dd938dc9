package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.edit.TextEditor;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Budget;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Money;
import dev.needle.domain.Need;
import dev.needle.domain.Origin;
import dev.needle.domain.Schedule;
import dev.needle.domain.Target;
import dev.needle.domain.triage.MessageTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screen tests for the rest of the week: Today, events, capture, follow-ups, budget, notes, undo, companies. */
class WeekScreensTest {
    private static final LocalDate TODAY = Fakes.TODAY;

    @TempDir
    Path folder;

    private static Event event(Wiring w, String name, LocalDate on) {
        return w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), name, on, "Library"));
    }

    private static Contact followUpOn(Wiring w, Contact c, LocalDate on) {
        return w.useCases.week().followUps().setFollowUp(c.id(), Optional.of(on));
    }

    private Tui tui(Wiring w, TextEditor editor) {
        return new Tui(w, 80, 24, MessageTemplates.defaults(), editor, folder);
    }

    @Test
    void todayIsScreenOneAndShowsFollowUpsRequestsMeetingsBudgetBarsAndNeeds() throws Exception {
        Wiring w = Seeds.withDirection();
        Need need = Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Contact ana = followUpOn(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), TODAY.minusDays(2));
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        w.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(bo.id(),
                "coffee about Globex", Channel.COFFEE));
        Contact cy = Seeds.contact(w, "Cy Moss", "Initech", "");
        var asked = w.useCases.recordMeetingRequest().recordRequest(RecordMeetingRequestUseCase.Command.from(cy.id(),
                "lunch", Channel.IN_PERSON));
        w.useCases.acceptMeeting().accept(asked.id(), new Schedule(TODAY.plusDays(1).atTime(12, 30), "Deli",
                Channel.IN_PERSON, 60), "");
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.COFFEE, 60, 60, Expenses.of(ExpenseKind.COFFEE, Money.parse("10")), "", Set.of(need.id())));

        try (Tui tui = tui(w, TextEditor.NONE)) {
            String screen = tui.text();
            assertThat(tui.ui.current().name()).isEqualTo("Today");
            assertThat(screen).contains("overdue " + TODAY.minusDays(2)).contains("Ana Ruiz")
                    .contains("Bo Lind").contains("coffee about Globex")
                    .contains(TODAY.plusDays(1) + " 12:30").contains("Cy Moss").contains("Deli")
                    .contains("[██████████░░░░░·····] 2 of 4 h, 1 h booked")
                    .contains("[█████···············] 10.00 of 40.00")
                    .contains("0 open · 1 in progress · 0 met").contains("1. intro to Acme");
            assertThat(tui.isReversed(tui.rowOf("Ana Ruiz"))).isTrue();

            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            tui.esc();
            for (int i = 0; i < 5 && !tui.isReversed(tui.rowOf("coffee about Globex")); i++) {
                tui.press('j');
            }
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            assertThat(tui.text()).as("the row named the person; triage reads them whole").contains("Bo Lind asks: ");
            tui.press('x');
            assertThat(tui.text()).contains("Decline kindly and close Bo Lind? y/N");
        }
    }

    @Test
    void aTodayLongerThanTheWindowScrollsWithTheSelectionAndEveryRowStaysReachable() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Event meetup = event(w, "UX meetup", TODAY.minusDays(3));
        for (int i = 10; i < 70; i++) {
            w.useCases.editContact().editContact(Seeds.contact(w, "Guest " + i, "", "").edit()
                    .origin(Origin.atEvent(meetup.id(), meetup.date())).build());
        }
        try (Tui tui = tui(w, TextEditor.NONE)) {
            assertThat(tui.text()).contains("Nothing due this week.").contains("After events (60)").contains("Guest 10")
                    .doesNotContain("Guest 59").doesNotContain("intro to Acme");

            tui.press('G');
            // Today lists the 50 longest waiting and counts the rest.
            assertThat(tui.text()).contains("Guest 59").contains("10 more awaiting a decision").doesNotContain("Guest 60")
                    .contains(" in progress · ").doesNotContain("Guest 10");
            assertThat(tui.isReversed(tui.rowOf("1. intro to Acme"))).isTrue();

            // Up past the needs, the budget and the empty sections to the row counting the others.
            for (int i = 0; i < 3; i++) {
                tui.press('k');
            }
            assertThat(tui.isReversed(tui.rowOf("10 more awaiting a decision"))).isTrue();
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Follow-ups");
            tui.press('G');
            assertThat(tui.text()).as("the Follow-ups screen lists everyone").contains("Guest 69");

            tui.press('1').press('g');
            for (int i = 0; i < 30; i++) {
                tui.press('j');
            }
            assertThat(tui.isReversed(tui.rowOf("Guest 40"))).isTrue();
            assertThat(tui.text()).doesNotContain("Nothing due this week.").doesNotContain(" in progress · ");
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            assertThat(tui.text()).contains("Guest 40");
        }
    }

    @Test
    void snoozingFromTodayMovesTheFollowUpAndUUndoesIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = followUpOn(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), TODAY);
        try (Tui tui = tui(w, TextEditor.NONE)) {
            tui.press('w');
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp()).contains(TODAY.plusDays(7));
            assertThat(tui.text()).contains(TODAY.plusDays(7).toString());
            tui.press('u');
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp()).contains(TODAY);
            assertThat(tui.row(23)).contains("Undone: snooze of Ana Ruiz");
            assertThat(tui.text()).contains("today");
            tui.press('u');
            assertThat(tui.row(23)).contains("Nothing to undo");
        }
    }

    @Test
    void eventsCanBeAddedAndEditedAndOpenAPrepSheetThatExportsAsMarkdown() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Seeds.contact(w, "Ana Ruiz", "Acme", "Designer");
        try (Tui tui = tui(w, TextEditor.NONE).press('4')) {
            assertThat(tui.text()).contains("No events yet");
            tui.press('a').type("Fintech breakfast").tab().type("2026-03-25").tab().tab().type("Hub").press(Key.ctrl('s'));
            assertThat(tui.text()).contains("Wed Mar 25").contains("Fintech breakfast").contains("Hub");

            tui.press('e').tab().tab().tab().press(Key.ctrl('u')).type("Town hall").press(Key.ctrl('s'));
            assertThat(w.useCases.week().planEvent().listEvents()).extracting(Event::place).containsExactly("Town hall");

            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Prep sheet");
            assertThat(tui.text()).contains("1. intro to Acme").contains("Ask:").contains("Ana Ruiz");

            tui.press('x');
            assertThat(tui.text()).contains("prep-2026-03-25-fintech-breakfast.md");
            tui.enter();
            Path written = folder.resolve("prep-2026-03-25-fintech-breakfast.md");
            assertThat(Files.readString(written)).startsWith("# Prep sheet: Fintech breakfast").contains("Ana Ruiz");
            assertThat(tui.row(23)).contains("Prep sheet written to");

            tui.press('x').press(Key.ctrl('u')).type("mine.md").enter();
            assertThat(folder.resolve("mine.md")).exists();
        }
    }

    @Test
    void captureModeSavesEachPersonWithTheEventAndAFollowUpTwoDaysAfterAndStartsTheNext() throws Exception {
        Wiring w = Seeds.withDirection();
        Event meetup = event(w, "UX meetup", TODAY.minusDays(1));
        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('c')) {
            assertThat(tui.text()).contains("Met at UX meetup").contains("follow up on " + TODAY.plusDays(1));
            tui.type("Ana Ruiz").tab().type("Acme").enter();
            tui.type("Bo Lind").enter();
            tui.type("Cy Moss").tab().type("Initech").tab().type("PM").tab().type("likes maps").enter();
            assertThat(tui.text()).contains("3 captured").contains("> Name");
            tui.esc();
            assertThat(tui.ui.current().name()).isEqualTo("Events");
        }
        List<Contact> all = w.useCases.searchContacts().search("", 10);
        assertThat(all).extracting(Contact::name).containsExactly("Ana Ruiz", "Bo Lind", "Cy Moss");
        assertThat(all).allSatisfy(c -> {
            assertThat(c.origin().event()).contains(meetup.id());
            assertThat(c.nextFollowUp()).contains(TODAY.plusDays(1));
        });
        // Search lists what the index keeps; the notes are on the contact opened.
        assertThat(w.useCases.viewContact().contact(all.get(2).id()).notes()).isEqualTo("likes maps");
        assertThat(all.get(2).role()).isEqualTo("PM");
    }

    @Test
    void peopleAddedToAnEventStillToComeAreExpectedThereNotMetOnADayToCome() throws Exception {
        // They were recorded as met on the event's day, a week ahead, with a follow-up after it.
        Wiring w = Seeds.withDirection();
        Event meetup = event(w, "UX meetup", TODAY.plusDays(7));
        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('c')) {
            assertThat(tui.text().replaceAll("\\s+", " ")).contains("Expected at: UX meetup").contains("Still to come, on Wednesday, March 25")
                    .doesNotContain("Met at");
            tui.type("Ana Ruiz").tab().type("Acme").enter();
            assertThat(tui.text()).contains("Saved Ana Ruiz, expected at UX meetup.").contains("1 added;");
        }
        Contact ana = w.useCases.searchContacts().search("ana", 10).get(0);
        assertThat(ana.origin().event()).isEmpty();
        assertThat(ana.origin().on()).isEmpty();
        assertThat(ana.nextFollowUp()).isEmpty();
        assertThat(w.useCases.week().planEvent().listEvents()).singleElement()
                .satisfies(e -> assertThat(e.expected()).containsExactly(ana.id()));
        try (Tui tui = tui(w, TextEditor.NONE).press('3').enter()) {
            assertThat(tui.text()).contains("Expected at: UX meetup · Wednesday, March 25").contains("Met: —");
        }

        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('c')) {
            tui.type("Bo Lind").enter().esc().press('u');
        }
        assertThat(w.useCases.searchContacts().search("bo", 10)).isEmpty();
        assertThat(w.useCases.week().planEvent().listEvents()).singleElement()
                .satisfies(e -> assertThat(e.expected()).containsExactly(ana.id()));
    }

    @Test
    void someoneKnownAddedAsExpectedIsTheContactAlreadyThereAndAnUndoKeepsThem() throws Exception {
        // "Katrin Müller" of Enpal became a second Katrin beside the Katrin Müller-Lüdenscheidt LinkedIn brought.
        Wiring w = Seeds.withDirection();
        Contact katrin = Seeds.contact(w, "Katrin Müller-Lüdenscheidt", "Enpal", "Head of Data");
        event(w, "Data meetup", TODAY.plusDays(3));
        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('c')) {
            tui.type("Katrin Müller").tab().type("Enpal").enter();
            assertThat(tui.text()).contains("Known already: Katrin Müller-Lüdenscheidt of Enpal, expected at Data meetup.");
            tui.esc().press('u');
        }
        assertThat(w.useCases.searchContacts().search("katrin", 10)).extracting(Contact::id).containsExactly(katrin.id());
        assertThat(w.useCases.week().planEvent().listEvents()).singleElement()
                .satisfies(e -> assertThat(e.expected()).isEmpty());
    }

    @Test
    void aPersonCapturedAtAnEventSaysWhichEventTheyWereMetAt() throws Exception {
        Wiring w = Seeds.withDirection();
        event(w, "UX meetup", TODAY.minusDays(1));
        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('c')) {
            tui.type("Ana Ruiz").enter().esc().press('3').enter();

            assertThat(tui.text()).contains("Met: at UX meetup · " + TODAY.minusDays(1) + " · Library");
        }
    }

    @Test
    void followUpsCanBeSetSnoozedAndCompletedAndUndecidedPeopleAskForADecision() throws Exception {
        Wiring w = Seeds.withDirection();
        Event meetup = event(w, "UX meetup", TODAY.minusDays(3));
        Contact ana = followUpOn(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), TODAY);
        Contact dee = w.useCases.editContact().editContact(Seeds.contact(w, "Dee Park", "", "").edit()
                .origin(Origin.atEvent(meetup.id(), meetup.date())).build());
        try (Tui tui = tui(w, TextEditor.NONE).press('5')) {
            assertThat(tui.row(tui.rowOf("Dee Park"))).contains("decide: follow up or close kindly");
            tui.press('z');
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp()).contains(TODAY.plusDays(1));

            tui.press('s').press(Key.ctrl('u')).type("2026-03-22").enter();
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().nextFollowUp())
                    .contains(LocalDate.of(2026, 3, 22));

            tui.press('G').press('s').type("2026-03-20").enter();
            assertThat(w.useCases.viewContact().viewContact(dee.id()).contact().nextFollowUp())
                    .contains(LocalDate.of(2026, 3, 20));
            assertThat(tui.text()).doesNotContain("decide: follow up");

            tui.press('G').press('c').tab().press(Key.ctrl('u')).type("15").tab().type("sent the deck").tab()
                    .type("2026-04-10").enter();
            Contact done = w.useCases.viewContact().viewContact(ana.id()).contact();
            assertThat(done.nextFollowUp()).contains(LocalDate.of(2026, 4, 10));
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).singleElement()
                    .satisfies(i -> assertThat(i.notes()).isEqualTo("sent the deck"));
        }
    }

    @Test
    void theBudgetScreenShowsBarsAndWhatEachNeedCostToAdvance() throws Exception {
        Wiring w = Seeds.withDirection();
        Need need = Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.COFFEE, 45, 45, Expenses.of(ExpenseKind.COFFEE, Money.parse("8")), "", Set.of(need.id())));
        try (Tui tui = tui(w, TextEditor.NONE).press('6')) {
            assertThat(tui.text()).contains("1.5 of 4 h spent").contains("Cost per need advanced")
                    .contains("[████████············]");
            assertThat(tui.row(tui.rowOf("intro to Acme"))).contains("1").contains("1.5 h").contains("8.00");
        }
    }

    @Test
    void theTabsCountFollowUpsDueAndRequestsWaitingAndFollowEachChange() throws Exception {
        Wiring w = Seeds.withDirection();
        followUpOn(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), TODAY.minusDays(2));
        followUpOn(w, Seeds.contact(w, "Bo Chen", "Acme", ""), TODAY);
        followUpOn(w, Seeds.contact(w, "Cy Diaz", "Acme", ""), TODAY.plusDays(3));
        try (Tui tui = tui(w, TextEditor.NONE)) {
            assertThat(tui.row(1)).contains("5 Follow-ups (2)").contains("1 Today ").doesNotContain("Today (");
            tui.press('5').press('z');
            assertThat(tui.row(1)).contains("5 Follow-ups (1)");
            assertThat(tui.cell(tui.row(1).indexOf("Follow-ups"), 1).isReversed()).as("still the selected tab").isTrue();
            tui.press('3').press('t').enter();
            tui.esc().esc().press('1');
            assertThat(tui.row(1)).contains("1 Today (1)");
        }
    }

    @Test
    void onAContactRequestsAndInteractionsAreSelectableAndOpenAndNotesShowInFull() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        String notes = "Met at the fintech meetup after the panel on open banking; she leads research operations and "
                + "offered to look at my portfolio.\nAsk about the team's hiring plans in spring.";
        w.useCases.editContact().editContact(w.useCases.viewContact().viewContact(ana.id()).contact().edit().notes(notes).build());
        w.useCases.recordMeetingRequest().recordRequest(dev.needle.application.port.in.RecordMeetingRequestUseCase.Command
                .from(ana.id(), "pick your brain", Channel.COFFEE));
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.CALL, 30, 0, Expenses.NONE, "Talked through the case study; she will send two names.", Set.of()));
        try (Tui tui = tui(w, TextEditor.NONE).press('3').enter()) {
            assertThat(tui.text()).contains("operations and offered to look at my portfolio.")
                    .contains("hiring plans in spring.");
            int request = tui.rowOf("pick your brain");
            assertThat(tui.isReversed(request)).as("the first request is selected").isTrue();
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Triage");
            tui.esc().press('j');
            assertThat(tui.isReversed(tui.rowOf("Talked through"))).isTrue();
            tui.enter();
            assertThat(tui.ui.current().name()).isEqualTo("Interaction");
            assertThat(tui.text()).contains("she will send two names.").contains("30 min");
        }
    }

    /** A walk read "email 0 min" on a contact's page: an email takes no time worth counting, so none is shown. */
    @Test
    void anEmailOnAContactsPageShowsNoMinutesAndACallItsOwn() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.EMAIL, 0, 0, Expenses.NONE, "Sent her the deck and two dates.", Set.of()));
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.CALL, 30, 0, Expenses.NONE, "Walked through the case study.", Set.of()));
        try (Tui tui = tui(w, TextEditor.NONE).press('3').enter()) {
            assertThat(tui.row(tui.rowOf("Sent her the deck"))).contains("email  Sent her the deck")
                    .doesNotContain("0 min");
            assertThat(tui.row(tui.rowOf("Walked through"))).contains("call  30 min  Walked through");
        }
    }

    @Test
    void longNotesOnAContactScrollWithJ() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            notes.append("line ").append(i).append(i < 40 ? "\n" : "");
        }
        w.useCases.editContact().editContact(w.useCases.viewContact().viewContact(ana.id()).contact().edit()
                .notes(notes.toString()).build());
        try (Tui tui = tui(w, TextEditor.NONE).press('3').enter()) {
            assertThat(tui.text()).contains("line 1").doesNotContain("line 40");
            for (int i = 0; i < 40; i++) {
                tui.press('j');
            }
            assertThat(tui.text()).contains("line 40");
        }
    }

    @Test
    void overBudgetTheBarIsAnErrorAndSaysHowMuchOver() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.COFFEE, 360, 0, Expenses.of(ExpenseKind.COFFEE, Money.parse("50")), "", Set.of()));
        try (Tui tui = tui(w, TextEditor.NONE).press('6')) {
            assertThat(tui.text()).contains("6 of 4 h spent, 2 h over").doesNotContain("0 h left")
                    .contains("50.00 of 40.00 spent, 10.00 over");
            int bar = tui.rowOf("]!");
            assertThat(tui.cell(tui.row(bar).indexOf('['), bar).getModifiers()).contains(com.googlecode.lanterna.SGR.BOLD);
            tui.press('1');
            assertThat(tui.row(tui.rowOf("Hours this week"))).contains("2 h over");
            int money = tui.rowOf("Money this month"); // not selected, so its own style shows
            assertThat(tui.row(money)).contains("10.00 over");
            assertThat(tui.cell(tui.row(money).indexOf('['), money).getModifiers()).contains(com.googlecode.lanterna.SGR.BOLD);
        }
    }

    @Test
    void notesOpenInTheExternalEditorAndAreSavedAndUndoable() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        List<String> given = new ArrayList<>();
        TextEditor fake = text -> {
            given.add(text);
            return Optional.of(text + "Met at the UX meetup.\nLikes maps.");
        };
        try (Tui tui = tui(w, fake).press('3').enter().press('n')) {
            assertThat(given).containsExactly("");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().notes())
                    .isEqualTo("Met at the UX meetup.\nLikes maps.");
            assertThat(tui.row(23)).contains("Notes saved");
            tui.press('u');
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().notes()).isEmpty();
        }
    }

    @Test
    void aBudgetFromTheConfigFileSaysSoAndEditingItWarnsOfTheNextStart() throws Exception {
        Wiring w = Seeds.withDirection().withBudgetConfigFile(Path.of("/home/ana/.config/needle/config.yaml"));
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = tui(w, TextEditor.NONE).press('6')) {
            assertThat(tui.text()).contains("Budget set by the config file /home/ana/.config/needle/config.yaml");
            tui.press('e');
            // The intro wraps rather than ending in an ellipsis: the whole path is on screen.
            assertThat(tui.text()).contains("Kept until the next start, which resets it from")
                    .contains("/home/ana/.config/needle/config.yaml");
            tui.press(Key.ctrl('s'));
            assertThat(tui.row(23)).contains("Budget saved until the next start");
        }
    }

    @Test
    void aBudgetOnlyTheUiSetsNamesNoConfigFile() throws Exception {
        Wiring w = Seeds.withDirection();
        w.useCases.setBudget().setBudget(new Budget(240, Money.parse("40")));
        try (Tui tui = tui(w, TextEditor.NONE).press('6')) {
            assertThat(tui.text()).doesNotContain("config file");
            tui.press('e').press(Key.ctrl('s'));
            assertThat(tui.row(23)).contains("Budget saved.").doesNotContain("next start");
        }
    }

    @Test
    void nOnANeedOpensItsNotesInTheEditorAndUUndoesTheChange() throws Exception {
        Wiring w = Seeds.withDirection();
        Need need = Seeds.need(w, "intro to Acme", Target.company("Acme"));
        List<String> given = new ArrayList<>();
        TextEditor fake = text -> {
            given.add(text);
            return Optional.of("Ask Ana first.");
        };
        try (Tui tui = tui(w, fake).press('2').enter()) {
            assertThat(tui.ui.current().name()).isEqualTo("Need");
            assertThat(tui.row(22)).contains("n notes in $EDITOR");
            tui.press('n');
            assertThat(given).containsExactly("");
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::notes).containsExactly("Ask Ana first.");
            assertThat(tui.text()).contains("Notes: Ask Ana first.");
            tui.press('u');
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::notes).containsExactly("");
            tui.press('?');
            assertThat(tui.text()).contains("notes in $EDITOR");
        }
    }

    @Test
    void onANotesFieldTheHintBarOffersCtrlEForTheEditorFirst() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = tui(w, TextEditor.NONE).press('4').press('a')) {
            tui.tab().tab().tab().tab();
            assertThat(tui.row(22).strip()).startsWith("Ctrl-E editor");
        }
    }

    @Test
    void withoutAnEditorTheBuiltInMultiLineEditorTakesOverAndCtrlEWorksInForms() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        try (Tui tui = tui(w, TextEditor.NONE).press('3').enter().press('n')) {
            assertThat(tui.text()).contains("built-in editor");
            tui.type("first line").enter().type("second line").press(Key.ctrl('s'));
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().notes())
                    .isEqualTo("first line\nsecond line");
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
        }
        try (Tui tui = tui(w, text -> Optional.of("bring cards")).press('4').press('a')) {
            tui.type("Meetup").tab().type("2026-03-30").tab().tab().tab().press(Key.ctrl('e'));
            assertThat(tui.text()).contains("bring cards");
            tui.press(Key.ctrl('s'));
            assertThat(w.useCases.week().planEvent().listEvents()).extracting(Event::notes).containsExactly("bring cards");
        }
    }

    @Test
    void deleteAsksYesOrNoAndUBringsTheContactBackWithItsHistory() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme", "");
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(ana.id(), Optional.empty(),
                Channel.CALL, 20, 0, Expenses.NONE, "first call", Set.of()));
        try (Tui tui = tui(w, TextEditor.NONE).press('3')) {
            tui.press('d');
            assertThat(tui.text()).contains("Delete Ana Ruiz with their interactions and requests? y/N");
            tui.enter();
            assertThat(w.useCases.searchContacts().search("", 10)).hasSize(1);
            tui.press('d').press('y');
            assertThat(w.useCases.searchContacts().search("", 10)).isEmpty();
            assertThat(tui.text()).contains("Nobody yet");
            tui.press('u');
            assertThat(tui.text()).contains("Ana Ruiz");
            assertThat(tui.row(23)).contains("Undone: deletion of Ana Ruiz");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).interactions()).extracting(i -> i.notes())
                    .containsExactly("first call");
        }
    }

    @Test
    void undoReachesBackTwentyStepsAcrossEditsAndStatusChanges() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ana = followUpOn(w, Seeds.contact(w, "Ana Ruiz", "Acme", ""), TODAY);
        // Snoozing moves a date on from where it was, so twenty snoozes go to twenty people due today.
        List<Contact> others = new ArrayList<>();
        for (int i = 10; i < 30; i++) {
            others.add(followUpOn(w, Seeds.contact(w, "Zed " + i, "Acme", ""), TODAY));
        }
        try (Tui tui = tui(w, TextEditor.NONE).press('3')) {
            tui.press('e').press(Key.ctrl('u')).type("Ana R.").press(Key.ctrl('s'));
            tui.press('5');
            for (int i = 0; i < 20; i++) {
                tui.press('z');
            }
            for (int i = 0; i < 20; i++) {
                tui.press('u');
            }
            assertThat(others).allSatisfy(c -> assertThat(w.useCases.viewContact().viewContact(c.id()).contact()
                    .nextFollowUp()).contains(TODAY));
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().name()).isEqualTo("Ana R.");
            tui.press('u');
            assertThat(tui.row(23)).contains("Undone: edit of Ana Ruiz");
            assertThat(w.useCases.viewContact().viewContact(ana.id()).contact().name()).isEqualTo("Ana Ruiz");
        }
    }

    @Test
    void undoTakesBackADroppedNeedAndAKindDecline() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "feedback on my portfolio");
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        try (Tui tui = tui(w, TextEditor.NONE).press('2').press('d', 'y')) {
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status().label()).isEqualTo("dropped");
            tui.press('u');
            assertThat(w.useCases.listNeeds().listNeeds().get(0).status().label()).isEqualTo("open");

            tui.press('3').press('t').enter().press('x', 'y');
            assertThat(w.useCases.viewContact().viewContact(bo.id()).contact().isClosed()).isTrue();
            tui.press('u');
            assertThat(tui.row(23)).contains("Undone: decline of Bo Lind");
            assertThat(w.useCases.viewContact().viewContact(bo.id()).contact().isClosed()).isFalse();
            assertThat(w.useCases.listPendingRequests().pendingRequests()).hasSize(1);
        }
    }

    @Test
    void companyInThePaletteAndWOnANeedListWhoYouKnowThere() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.need(w, "intro to Acme", Target.company("Acme"));
        Contact ana = Seeds.contact(w, "Ana Ruiz", "Acme Inc.", "Designer");
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        w.useCases.editContact().editContact(bo.edit().origin(Origin.UNKNOWN.withIntroducedBy(ana.id())).build());
        Seeds.contact(w, "Cy Moss", "Initech", "");
        try (Tui tui = tui(w, TextEditor.NONE)) {
            tui.press(':').type("company acme").enter();
            assertThat(tui.text()).contains("Who you know at acme").contains("Working there").contains("Ana Ruiz")
                    .contains("Met through someone there").contains("Bo Lind").doesNotContain("Cy Moss");
            tui.press('j').enter();
            assertThat(tui.ui.current().name()).isEqualTo("Contact");
            assertThat(tui.text()).contains("Bo Lind");

            tui.press('2').enter().press('w');
            assertThat(tui.text()).contains("Who you know at Acme").contains("Ana Ruiz").contains("Bo Lind");
        }
    }
}
