package dev.needle.adapter.tui;

import static dev.needle.adapter.tui.EndedSessions.enter;
import static dev.needle.adapter.tui.EndedSessions.kept;
import static dev.needle.adapter.tui.EndedSessions.sessionEndsAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.application.port.in.RecordAuthorsUseCase;
import dev.needle.application.port.in.RecordAuthorsUseCase.Authors;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.RecordKind;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two sessions on one database: one ends while notes are typed in it, the other then saves the same
 * notes. Reopening the draft must never write over what the other session saved unseen: it says the
 * notes changed, shows both texts, and saves both unless the user chooses otherwise.
 */
class DraftOverChangedNotesTest {
    private static final Key SAVE = Key.ctrl('s');
    private static final String BEFORE = "Met at the Lisbon meetup.";
    private static final String MINE = " Wants an intro to the Berlin team.";
    private static final String THEIRS = "Call her Friday about the pilot.";

    /** Rita with notes, and a session that ended while more was typed after them. */
    private static Contact ritaWithADraftAddingToHerNotes(Wiring w) throws Exception {
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        w.useCases.editContact().editContact(rita, rita.edit().notes(BEFORE).build());
        sessionEndsAfter(w, "3", enter(), "n", MINE);
        assertThat(kept(w)).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(BEFORE + MINE));
        return rita;
    }

    /** The other session, ten minutes later: opens Rita's notes and saves a line of its own. */
    private static void anotherSessionAddsALine(Wiring w, Contact rita) throws Exception {
        w.fakes.clock.setNow(w.fakes.clock.now().plusMinutes(10));
        try (Tui other = Tui.on(w)) {
            other.press('3').enter().press('n').enter().type(THEIRS).press(SAVE);
        }
        assertThat(notes(w, rita)).isEqualTo(BEFORE + "\n" + THEIRS);
    }

    private static String notes(Wiring w, Contact rita) {
        return w.useCases.viewContact().viewContact(rita.id()).contact().notes();
    }

    /** The team's marks say when the record was last changed: at {@code at}. */
    private static void changedAt(Wiring w, RecordKind kind, long id, LocalDateTime at) {
        RecordAuthorsUseCase marks = (k, ids) -> k == kind && ids.contains(id)
                ? Map.of(id, new Authors(Optional.empty(), Optional.empty(), Optional.of("you"), Optional.of(at),
                        Optional.empty(), Optional.empty(), Optional.empty()))
                : Map.of();
        w.useCases = w.useCases.withAuthors(marks);
    }

    @Test
    void aNoteReopenedAfterAnotherSessionSavedTheNotesSaysSoShowsBothAndSavesBoth() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = ritaWithADraftAddingToHerNotes(w);
        anotherSessionAddsALine(w, rita);
        changedAt(w, RecordKind.CONTACT, rita.id().value(), w.fakes.clock.now());

        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.row(2) + tui.row(3)).contains("Rita Sousa's notes changed in another session at 09:40,")
                    .contains("after this draft was").contains("kept.");
            assertThat(tui.text()).contains("Nothing is saved yet.")
                    .contains("Their notes now").contains(THEIRS)
                    .contains("Your draft, kept today 09:30").contains(MINE.strip())
                    .contains("Enter both");
            assertThat(notes(w, rita)).as("nothing is saved by reopening").isEqualTo(BEFORE + "\n" + THEIRS);

            tui.enter();
            assertThat(tui.text()).contains("Notes on Rita Sousa").contains(THEIRS).contains(MINE.strip());
            tui.press(SAVE);
        }

        assertThat(notes(w, rita)).isEqualTo(BEFORE + "\n" + THEIRS + MINE);
        assertThat(kept(w)).as("saved: nothing waits any more").isEmpty();
    }

    @Test
    void aDraftThatRewroteTheNotesIsShownBesideTheirsAndBothAreKeptApart() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = Seeds.contact(w, "Rita Sousa", "Acme", "");
        w.useCases.editContact().editContact(rita, rita.edit().notes(BEFORE).build());
        sessionEndsAfter(w, "3", enter(), "n", Key.ctrl('u'), "Met her at the Porto meetup, not Lisbon.");
        anotherSessionAddsALine(w, rita);

        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).as("no time is known without the team's marks")
                    .contains("Rita Sousa's notes changed in another session since you began this")
                    .contains("Met her at the Porto meetup, not Lisbon.").contains(THEIRS);
            tui.enter().press(SAVE);
        }

        assertThat(notes(w, rita)).isEqualTo(BEFORE + "\n" + THEIRS + "\n\nMet her at the Porto meetup, not Lisbon.");
    }

    @Test
    void leavingTheChoiceKeepsTheDraftAndKeepingTheirsAsksBeforeDroppingIt() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = ritaWithADraftAddingToHerNotes(w);
        anotherSessionAddsALine(w, rita);

        try (Tui tui = Tui.on(w)) {
            tui.press('R').esc();
            assertThat(kept(w)).as("Esc: later").hasSize(1);
            assertThat(tui.text()).contains("R reopen draft");
            tui.press('R', 'c');
            assertThat(tui.copied).containsExactly(BEFORE + MINE);
            tui.press('o');
            assertThat(tui.text()).contains("Keep their notes and throw your draft away? y/N");
            tui.press('n');
            assertThat(kept(w)).hasSize(1);
            tui.press('o', 'y');
        }

        assertThat(kept(w)).isEmpty();
        assertThat(notes(w, rita)).isEqualTo(BEFORE + "\n" + THEIRS);
    }

    @Test
    void choosingYoursPutsOnlyYourDraftInTheEditorToSaveOverTheirs() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = ritaWithADraftAddingToHerNotes(w);
        anotherSessionAddsALine(w, rita);

        try (Tui tui = Tui.on(w)) {
            tui.press('R', 'm');
            assertThat(tui.text()).contains("Notes on Rita Sousa").doesNotContain(THEIRS);
            tui.press(SAVE);
        }

        assertThat(notes(w, rita)).isEqualTo(BEFORE + MINE);
        assertThat(kept(w)).isEmpty();
    }

    @Test
    void aSessionEndingAgainWhileTheTwoAreJoinedKeepsTheJoinedTextOverTheirNotes() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact rita = ritaWithADraftAddingToHerNotes(w);
        anotherSessionAddsALine(w, rita);

        sessionEndsAfter(w, "R", enter(), " Tuesday works.");

        assertThat(kept(w)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(BEFORE + "\n" + THEIRS + MINE + " Tuesday works.");
            assertThat(d.changedUnder("notes", notes(w, rita))).as("it now begins from their notes").isFalse();
        });
        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("Notes on Rita Sousa").doesNotContain("changed in another session");
            tui.press(SAVE);
        }
        assertThat(notes(w, rita)).isEqualTo(BEFORE + "\n" + THEIRS + MINE + " Tuesday works.");
    }

    @Test
    void aNeedsNotesChangedMeanwhileAreNotWrittenOverEither() throws Exception {
        Wiring w = Seeds.withDirection();
        Need need = Seeds.need(w, "Portfolio critique");
        sessionEndsAfter(w, "2", enter(), "n", "Ask Ana first.");
        w.fakes.clock.setNow(w.fakes.clock.now().plusMinutes(10));
        try (Tui other = Tui.on(w)) {
            other.press('2').enter().press('n').type("Bo offered to look.").press(SAVE);
        }
        changedAt(w, RecordKind.NEED, need.id().value(), w.fakes.clock.now());

        try (Tui tui = Tui.on(w)) {
            tui.press('R');
            assertThat(tui.text()).contains("The notes on \"Portfolio critique\" changed in another session at 09:40");
            tui.enter().press(SAVE);
        }
        assertThat(w.useCases.listNeeds().listNeeds()).singleElement()
                .satisfies(n -> assertThat(n.notes()).isEqualTo("Bo offered to look.\nAsk Ana first."));
    }
}
