package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.screen.ContactsView;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Stage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Undo and redo replayed as issue 14 tells them: a true stack in exact order over every change, that
 * stops at a change it cannot take back, redoes with Ctrl-R, and never erases another session's work
 * (two sessions are two navigators over one store).
 */
class UndoRedoScreensTest {
    private static final LocalDate TODAY = Fakes.TODAY;
    private static final int WIDE = 160;

    private static Contact stored(Wiring w, Contact c) {
        return w.useCases.viewContact().contact(c.id());
    }

    private static String message(Tui tui) {
        return tui.row(tui.terminal.getTerminalSize().getRows() - 1);
    }

    /** On the contacts screen with the person selected: the edit form, role field replaced, saved. */
    private static Tui editRole(Tui tui, String name, String role) {
        return select(tui.press('3'), name).press('e').tab().tab().press(Key.ctrl('u')).type(role).press(Key.ctrl('s'));
    }

    /** Moves the contacts screen's selection onto the person. */
    private static Tui select(Tui tui, String name) {
        tui.press('g');
        for (int i = 0; i < 20 && !selected(tui).equals(name); i++) {
            tui.press('j');
        }
        assertThat(selected(tui)).isEqualTo(name);
        return tui;
    }

    private static String selected(Tui tui) {
        return ((ContactsView) tui.ui.current()).selected().map(Contact::name).orElse("");
    }

    @Test
    void undoTakesBackTheNeedAddedLastNotTheEditBeforeIt() throws Exception {
        Wiring w = Seeds.withDirection();
        try (Tui tui = new Tui(w, WIDE, 30)) {
            tui.press('3').press('a').type("Ann Lee").enter().esc();
            Contact ann = w.useCases.searchContacts().search("Ann", 1).get(0);
            editRole(tui, "Ann Lee", "Head of research");
            tui.press('2').press('a').type("Second need").press(Key.ctrl('s'));
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::title).contains("Second need");

            tui.press('u');

            assertThat(message(tui)).contains("Undone: adding need \"Second need\".");
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::title).doesNotContain("Second need");
            assertThat(stored(w, ann).role()).isEqualTo("Head of research");

            tui.press('u');
            assertThat(message(tui)).contains("Undone: edit of Ann Lee.");
            assertThat(stored(w, ann).role()).isEmpty();

            tui.press('u');
            assertThat(message(tui)).contains("Undone: capture of Ann Lee.");
            assertThat(w.useCases.searchContacts().search("Ann", 1)).isEmpty();
        }
    }

    @Test
    void aChangeThatCannotBeUndoneStopsUndoThere() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ann = Seeds.contact(w, "Ann Lee", "", "Analyst");
        try (Tui tui = new Tui(w, WIDE, 30)) {
            editRole(tui, "Ann Lee", "Director");
            tui.press('1').press('D').press('e').tab().press(Key.ctrl('u')).type("Find a product role").press(Key.ctrl('s'));
            assertThat(w.useCases.getDirection().activeDirection()).map(d -> d.statement()).contains("Find a product role");

            tui.press('u');
            assertThat(message(tui)).contains("Cannot undo: new direction \"Find a product role\".");
            tui.press('u');
            assertThat(message(tui)).contains("Cannot undo: new direction");
            assertThat(stored(w, ann).role()).isEqualTo("Director");
        }
    }

    @Test
    void ctrlRRedoesInOrderAndANewChangeClearsWhatCouldBeRedone() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ann = Seeds.contact(w, "Ann Lee", "", "Analyst");
        try (Tui tui = new Tui(w, WIDE, 30)) {
            editRole(tui, "Ann Lee", "Director");
            tui.press('2').press('a').type("Second need").press(Key.ctrl('s'));
            tui.press('u').press('u');
            assertThat(stored(w, ann).role()).isEqualTo("Analyst");

            tui.press(Key.ctrl('r'));
            assertThat(message(tui)).contains("Redone: edit of Ann Lee.");
            assertThat(stored(w, ann).role()).isEqualTo("Director");
            tui.press(Key.ctrl('r'));
            assertThat(message(tui)).contains("Redone: adding need \"Second need\".");
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::title).contains("Second need");
            tui.press(Key.ctrl('r'));
            assertThat(message(tui)).contains("Nothing to redo.");

            tui.press('u');
            editRole(tui, "Ann Lee", "Head of research");
            tui.press(Key.ctrl('r'));
            assertThat(message(tui)).contains("Nothing to redo.");
            assertThat(w.useCases.listNeeds().listNeeds()).extracting(Need::title).doesNotContain("Second need");
        }
    }

    @Test
    void afterCompletingAFollowUpUndoWalksBackInExactOrder() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact ann = Seeds.contact(w, "Ann Lee", "", "");
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "");
        Contact tom = w.useCases.week().followUps().setFollowUp(Seeds.contact(w, "Tom Becker", "", "").id(),
                Optional.of(TODAY));
        try (Tui tui = new Tui(w, WIDE, 30)) {
            select(tui.press('3'), "Ann Lee").press('e');
            for (int i = 0; i < 8; i++) {
                tui.tab();
            }
            tui.type("ux research").press(Key.ctrl('s'));
            select(tui.press('3'), "Bo Lind").press('t').enter().press('x', 'y');
            tui.press('5');
            tui.press('z');
            assertThat(stored(w, tom).nextFollowUp()).contains(TODAY.plusDays(1));
            tui.press('c').tab().press(Key.ctrl('u')).type("15").tab().type("sent the deck").press(Key.ctrl('s'));
            assertThat(w.useCases.viewContact().viewContact(tom.id()).interactions()).hasSize(1);

            tui.press('u');
            assertThat(message(tui)).contains("Undone: completed follow-up with Tom Becker.");
            assertThat(w.useCases.viewContact().viewContact(tom.id()).interactions()).isEmpty();
            assertThat(stored(w, tom).nextFollowUp()).contains(TODAY.plusDays(1));
            assertThat(stored(w, tom).stage()).isEqualTo(Stage.MET);

            tui.press('u');
            assertThat(message(tui)).contains("Undone: snooze of Tom Becker.");
            assertThat(stored(w, tom).nextFollowUp()).contains(TODAY);

            tui.press('u');
            assertThat(message(tui)).contains("Undone: decline of Bo Lind.");
            assertThat(stored(w, bo).isClosed()).isFalse();
            assertThat(stored(w, ann).lookingFor()).isNotEmpty();

            tui.press('u');
            assertThat(message(tui)).contains("Undone: meeting request of Bo Lind.");
            assertThat(w.useCases.viewContact().viewContact(bo.id()).requests()).isEmpty();
            assertThat(stored(w, bo).stage()).isEqualTo(Stage.MET);

            tui.press('u');
            assertThat(message(tui)).contains("Undone: edit of Ann Lee.");
            assertThat(stored(w, ann).lookingFor()).isEmpty();
        }
    }

    @Test
    void helpThemIsAChangeLikeAnyOtherAndUndoTakesItBack() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact bo = Seeds.contact(w, "Bo Lind", "Globex", "Analyst");
        try (Tui tui = new Tui(w, WIDE, 30)) {
            editRole(tui, "Bo Lind", "Director");
            select(tui.press('3'), "Bo Lind").press('t').enter();
            Stage asked = stored(w, bo).stage();
            tui.press('h');
            assertThat(w.useCases.viewContact().viewContact(bo.id()).requests().get(0).status())
                    .isEqualTo(RequestStatus.HELPING);

            tui.press('u');

            assertThat(message(tui)).contains("Undone: help offered to Bo Lind.");
            assertThat(w.useCases.viewContact().viewContact(bo.id()).requests().get(0).status())
                    .isEqualTo(RequestStatus.PENDING);
            assertThat(stored(w, bo).stage()).isEqualTo(asked);
            assertThat(stored(w, bo).role()).isEqualTo("Director");
        }
    }

    @Test
    void undoInOneSessionKeepsTheNoteAnotherSessionAddedMeanwhile() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact maria = Seeds.contact(w, "Maria Lopez", "Bluebird", "Analyst");
        try (Tui a = new Tui(w, WIDE, 30); Tui b = new Tui(w, WIDE, 30)) {
            editRole(a, "Maria Lopez", "Director");
            select(b.press('3'), "Maria Lopez").press('e');
            for (int i = 0; i < 12; i++) {
                b.tab();
            }
            b.type("Knows the hiring lead").press(Key.ctrl('s'));
            assertThat(message(b)).contains("Saved Maria Lopez.");

            a.press('u');

            assertThat(message(a)).contains("Undone: edit of Maria Lopez.");
            assertThat(stored(w, maria).role()).isEqualTo("Analyst");
            assertThat(stored(w, maria).notes()).isEqualTo("Knows the hiring lead");
        }
    }

    /** A's edit changed the role and the email; B changed the role since: the email is still A's to undo. */
    @Test
    void undoOfAFieldAnotherSessionChangedSinceSaysSoAndAsksFirst() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact maria = Seeds.contact(w, "Maria Lopez", "Bluebird", "Analyst");
        try (Tui a = new Tui(w, WIDE, 30); Tui b = new Tui(w, WIDE, 30)) {
            select(a.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u')).type("Director").tab()
                    .type("maria@bluebird.example").press(Key.ctrl('s'));
            editRole(b, "Maria Lopez", "VP");

            a.press('u');
            assertThat(message(a)).contains("Changed in another session since: Maria Lopez's role is now \"VP\".");
            assertThat(a.text()).contains("Undo edit of Maria Lopez anyway? y/N");
            a.press('n');
            assertThat(stored(w, maria).role()).isEqualTo("VP");

            a.press('u').press('y');
            assertThat(message(a)).contains("Undone: edit of Maria Lopez.");
            assertThat(stored(w, maria).role()).isEqualTo("Analyst");
            assertThat(stored(w, maria).reach().emails()).isEmpty();
        }
    }

    @Test
    void twoSessionsEditingDifferentFieldsBothApplyAndTheSameFieldIsAConflict() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact maria = Seeds.contact(w, "Maria Lopez", "Bluebird", "Analyst");
        try (Tui a = new Tui(w, WIDE, 30); Tui b = new Tui(w, WIDE, 30)) {
            select(a.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u')).type("Director");
            select(b.press('3'), "Maria Lopez").press('e').tab().tab().tab().type("maria@bluebird.example");
            a.press(Key.ctrl('s'));
            b.press(Key.ctrl('s'));
            assertThat(message(b)).contains("Saved Maria Lopez.");
            assertThat(stored(w, maria).role()).isEqualTo("Director");
            assertThat(stored(w, maria).reach().emails()).containsExactly("maria@bluebird.example");

            select(a.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u')).type("Head of research");
            select(b.press('3'), "Maria Lopez").press('e').tab().tab().press(Key.ctrl('u')).type("VP");
            a.press(Key.ctrl('s'));
            b.press(Key.ctrl('s'));
            assertThat(message(b)).contains("Both of you changed a field");
            assertThat(b.text()).contains("Maria Lopez was changed in another session");
            assertThat(stored(w, maria).role()).isEqualTo("Head of research");
        }
    }

    @Test
    void undoingTheRequestATriageScreenShowsSaysItIsGoneWithoutAnId() throws Exception {
        Wiring w = Seeds.withDirection();
        Seeds.contact(w, "Maria Lopez", "Bluebird Foods", "Hiring lead");
        try (Tui tui = new Tui(w, WIDE, 30)) {
            select(tui.press('3'), "Maria Lopez").press('t').type("Coffee next week").enter();
            assertThat(tui.text()).contains("Maria Lopez asks: Coffee next week");

            tui.press('u');

            assertThat(message(tui)).contains("Undone: meeting request of Maria Lopez.");
            assertThat(tui.text()).contains("The meeting request from Maria Lopez is gone")
                    .doesNotContain("Coffee next week");
            tui.press('h');
            assertThat(message(tui)).doesNotContain("No meeting request").doesNotContainPattern("\\d+:");
            assertThat(w.useCases.listPendingRequests().pendingRequests()).isEmpty();
        }
    }

    /**
     * A snoozed someone on Today by a stray key; B then snoozed them further. A's hands went on typing
     * ("buy"): u found nothing of A's left to take back, so it must not ask, and the y after it must not
     * answer a question that would put back what was there before B's change.
     */
    @Test
    void undoWithNothingOfOnesOwnLeftSaysSoAndLeavesTheOtherSessionsChange() throws Exception {
        Wiring w = Seeds.withDirection();
        Contact maria = Seeds.contact(w, "Maria Lopez", "Bluebird", "Analyst");
        w.useCases.week().followUps().setFollowUp(maria.id(), Optional.of(TODAY));
        try (Tui a = Tui.on(w); Tui b = Tui.on(w)) {
            a.press('1').press('z');
            b.lookForChanges().press('1').press('w');
            assertThat(message(b)).contains("Snoozed Maria Lopez to 2026-03-26.");
            a.lookForChanges();

            a.type("bu");

            assertThat(message(a).strip())
                    .isEqualTo("Nothing of yours to undo: another session changed your snooze of Maria Lopez.");
            assertThat(a.text()).doesNotContain("anyway? y/N");
            a.press('y');
            assertThat(stored(w, maria).nextFollowUp()).contains(TODAY.plusDays(8));
            a.press(Key.ctrl('r'));
            assertThat(message(a).strip()).isEqualTo("Nothing to redo.");
            assertThat(stored(w, maria).nextFollowUp()).contains(TODAY.plusDays(8));
        }
    }
}
