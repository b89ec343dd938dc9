package dev.needle.adapter.tui;

import static dev.needle.adapter.tui.EndedSessions.enter;
import static dev.needle.adapter.tui.EndedSessions.kept;
import static dev.needle.adapter.tui.EndedSessions.sessionEndsAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.port.in.RecordMeetingRequestUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.Draft;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Tag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every form a user can type into comes back editable, in the same form for the same record (or a new
 * one, for a form that was adding one), after a session ended in it; where that cannot be, the kept
 * text says why in plain words.
 */
class EveryFormReopensTest {
    private static final Key SAVE = Key.ctrl('s');
    private static final Key TAB = Key.of(Key.Type.TAB);
    private static final Key CLEAR = Key.ctrl('u');

    /** R at the next start: the form {@code title} is back, holding {@code typed}, and takes more text. */
    private static Tui reopened(Wiring w, String notice, String title, String typed) {
        Tui tui = Tui.on(w);
        assertThat(tui.row(23)).contains("Press R to reopen " + notice);
        tui.press('R');
        assertThat(tui.text()).doesNotContain("cannot be reopened").contains(title).contains(typed);
        assertThat(tui.row(23)).contains("reopened; Ctrl-S saves it.");
        return tui;
    }

    private static Event event(Wiring w) {
        return w.useCases.week().planEvent().saveEvent(Event.plan(new EventId(1), "Fintech breakfast",
                Fakes.TODAY.plusDays(3), "Hub"));
    }

    @Test
    void aNewEventComesBackInTheAddFormAndIsAddedOnSave() throws Exception {
        Wiring w = Seeds.withDirection();
        sessionEndsAfter(w, ":", "add event", enter(), "Design systems meetup", TAB, "fri");

        try (Tui tui = reopened(w, "a new event", "Add event", "Design systems meetup")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.week().planEvent().listEvents()).extracting(Event::name).containsExactly("Design systems meetup");
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void anEditOfAnEventComesBackOverThatEvent() throws Exception {
        Wiring w = Seeds.withDirection();
        event(w);
        sessionEndsAfter(w, "4", "e", CLEAR, "Fintech breakfast at Maria's");

        try (Tui tui = reopened(w, "an edit of the event \"Fintech breakfast\"", "Edit event", "Fintech breakfast at Maria's")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.week().planEvent().listEvents()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Fintech breakfast at Maria's"));
    }

    @Test
    void aPersonHalfCapturedAtAnEventComesBackInThatEventsCapture() throws Exception {
        Wiring w = Seeds.withDirection();
        Event breakfast = event(w);
        sessionEndsAfter(w, "4", "c", "Ana Lima", TAB, "Bluebird");

        try (Tui tui = reopened(w, "a person at Fintech breakfast", "Expected at: Fintech breakfast", "Ana Lima")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.week().planEvent().listEvents()).singleElement()
                .satisfies(e -> assertThat(e.expected()).hasSize(1));
        assertThat(w.useCases.searchContacts().search("Ana Lima", 5)).singleElement()
                .satisfies(c -> assertThat(c.company()).isEqualTo("Bluebird"));
        assertThat(breakfast.id()).isNotNull();
    }

    @Test
    void aFileNameForAPrepSheetComesBackInItsExportForm() throws Exception {
        Wiring w = Seeds.withDirection();
        event(w);
        sessionEndsAfter(w, "4", enter(), "x", CLEAR, "breakfast-questions.md");

        try (Tui tui = reopened(w, "an export of the prep sheet for Fintech breakfast", "Export prep sheet",
                "breakfast-questions.md")) {
            tui.type("x");
            assertThat(tui.text()).contains("breakfast-questions.mdx");
        }
    }

    @Test
    void aBudgetComesBackInTheBudgetFormFromTheScreenOrThePalette() throws Exception {
        Wiring w = Seeds.withDirection();
        sessionEndsAfter(w, "6", "e", "5", TAB, "$80");

        try (Tui tui = reopened(w, "a budget", "Set budget", "$80")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.budgetStatus().budgetStatus()).hasValueSatisfying(b ->
                assertThat(b.budget().weeklyMinutes()).isEqualTo(300));

        sessionEndsAfter(w, ":", "set budget", enter(), CLEAR, "6");
        try (Tui tui = reopened(w, "a budget", "Set budget", "6")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.budgetStatus().budgetStatus()).hasValueSatisfying(b ->
                assertThat(b.budget().weeklyMinutes()).isEqualTo(360));
    }

    @Test
    void theKeepInTouchFormsComeBackByTagByNameAndForOnePerson() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        sessionEndsAfter(w, ":", "tag cadence", enter(), "fintech", TAB, "monthly");
        try (Tui tui = reopened(w, "a tag's keep-in-touch cadence", "Keep in touch by tag", "monthly")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.week().touch().keepInTouch().tagDefaults()).singleElement()
                .satisfies(t -> assertThat(t.tag().sameAs(Tag.of("fintech"))).isTrue());

        sessionEndsAfter(w, ":", "keep in touch", enter(), "Rita", TAB, "6w");
        try (Tui tui = reopened(w, "a keep-in-touch cadence", "Keep in touch", "6w")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.week().touch().keepInTouch().status(rita.id()).settings().own()).isPresent();

        // Opened from a row of someone losing touch; kept as that form keeps it.
        w.useCases.drafts().keep(new Draft("s1", "keep-in-touch",
                "contact:" + rita.id().value(), "Rita Sousa", "Keep in touch with Rita Sousa",
                List.of(new Draft.Entry("every", "Keep in touch", "monthly", Optional.of("every 6 weeks"))), 0, Optional.empty()));
        try (Tui tui = reopened(w, "a keep-in-touch cadence for Rita Sousa", "Keep in touch with Rita Sousa", "monthly")) {
            tui.press(SAVE);
        }
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aNewDirectionAndWhatICanOfferComeBackInTheirForms() throws Exception {
        Wiring w = Seeds.withDirection();
        sessionEndsAfter(w, ":", "direction", enter(), "e", TAB, CLEAR, "Grow the studio to three steady clients");
        try (Tui tui = reopened(w, "a new direction", "New direction", "Grow the studio to three steady clients")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.getDirection().activeDirection()).hasValueSatisfying(d ->
                assertThat(d.statement()).isEqualTo("Grow the studio to three steady clients"));

        sessionEndsAfter(w, ":", "direction", enter(), "o", ", coaching");
        try (Tui tui = reopened(w, "an edit of what you can offer", "What I can offer", "coaching")) {
            tui.press(SAVE);
        }
        assertThat(w.useCases.getDirection().activeDirection().orElseThrow().offers()).contains(Tag.of("coaching"));
    }

    @Test
    void anAcceptanceAndACounterComeBackOverTheSameRequestOrSayItWasAnswered() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        MeetingRequest request = w.useCases.recordMeetingRequest().recordRequest(
                RecordMeetingRequestUseCase.Command.from(rita.id(), "coffee about the Acme pilot", Channel.COFFEE));
        sessionEndsAfter(w, "3", enter(), enter(), "a", TAB, TAB, CLEAR, "Café Tati");

        try (Tui tui = reopened(w, "a meeting to schedule with Rita Sousa", "Accept", "Café Tati")) {
            tui.esc().press('y');
        }

        sessionEndsAfter(w, "3", enter(), enter(), "c", Key.of(Key.Type.RIGHT));
        try (Tui tui = reopened(w, "a cheaper offer to Rita Sousa", "Counter", "Instead")) {
            assertThat(tui.text()).contains("Offer Rita something cheaper");
            tui.esc();
        }

        w.useCases.declineMeeting().decline(request.id(), "Thanks, not now.");
        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("Rita Sousa's request was answered meanwhile (declined kindly); here is what")
                    .contains("typed, to copy.");
        }
        assertThat(w.useCases.viewContact().viewContact(rita.id()).requests()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.DECLINED));
    }

    @Test
    void anEditOfAContactReopenedAfterAnotherSessionChangedItKeepsTheirChangeBesideMine() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "Designer");
        sessionEndsAfter(w, "3", enter(), "e", TAB, TAB, CLEAR, "Design lead");
        Contact now = w.useCases.viewContact().viewContact(rita.id()).contact();
        w.useCases.editContact().editContact(now, now.edit().company("Acme Bank").build());

        try (Tui tui = reopened(w, "an edit of Rita Sousa", "Edit contact", "Design lead")) {
            assertThat(tui.row(tui.rowOf("Company"))).as("their change, which the draft left alone").contains("Acme Bank");
            tui.press(SAVE);
        }
        Contact saved = w.useCases.viewContact().viewContact(rita.id()).contact();
        assertThat(saved.company()).isEqualTo("Acme Bank");
        assertThat(saved.role()).isEqualTo("Design lead");
    }

    @Test
    void aFieldChangedBothInTheDraftAndInAnotherSessionIsShownSideBySide() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "Designer");
        sessionEndsAfter(w, "3", enter(), "e", TAB, TAB, CLEAR, "Design lead");
        Contact now = w.useCases.viewContact().viewContact(rita.id()).contact();
        w.useCases.editContact().editContact(now, now.edit().role("Head of design").build());

        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("Rita Sousa's details changed in another session since you began this")
                    .contains("[x] Design lead").contains("[ ] Head of design");
            assertThat(tui.row(23)).contains("Both of you changed a field: keep yours or take theirs, then Enter saves.");
            tui.press('o').enter();
        }
        assertThat(w.useCases.viewContact().viewContact(rita.id()).contact().role()).isEqualTo("Head of design");
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void setupLeftMidwayComesBackAsItWasAtTheNextStart() throws Exception {
        Wiring w = new Wiring();
        sessionEndsAfter(w, TAB, "Find a product design role in Lisbon");

        try (Tui tui = Tui.on(w)) {
            assertThat(tui.text()).contains("Setup 1/3: direction").contains("Find a product design role in Lisbon");
            assertThat(tui.row(23)).contains("Setup as you left it when a session ended; Ctrl-S saves this step.");
            tui.press(SAVE);
            assertThat(tui.text()).contains("Setup 2/3: first need");
        }
        assertThat(w.useCases.getDirection().activeDirection()).hasValueSatisfying(d ->
                assertThat(d.statement()).isEqualTo("Find a product design role in Lisbon"));
        assertThat(kept(w)).isEmpty();
    }
}
