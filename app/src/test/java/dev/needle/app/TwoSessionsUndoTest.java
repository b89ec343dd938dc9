package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two full-screen sessions on one H2 database, each with its own service stack and undo stack, as two
 * partners (or two clients of needle serve) have them: undo and edits never erase the other's work.
 */
class TwoSessionsUndoTest {
    @TempDir
    Path dir;
    private OpenDatabase db;
    private Session a;
    private Session b;
    private Contact maria;

    /** One person's full-screen session: its own use cases over the shared stores, its own navigator. */
    private final class Session {
        final UseCases useCases;
        final Navigator navigator;
        Ui ui;

        Session() {
            useCases = UseCases.wire(db.stores(), new SystemClock(Clock.systemDefaultZone()), TriageSettings.defaults(),
                    MeetingDefaults.standard(),
                LocalPerson.ofAccount(db.stores(), new SystemClock(Clock.systemDefaultZone())));
            navigator = new Navigator(TerminalUi.forTui(useCases), new Screens());
            ui = navigator.start(120, 30);
        }

        Session press(Key... keys) {
            for (Key key : keys) {
                ui = navigator.handle(ui, key);
            }
            return this;
        }

        Session type(String text) {
            text.chars().forEach(c -> press(Key.ch((char) c)));
            return this;
        }

        Session tabs(int count) {
            for (int i = 0; i < count; i++) {
                press(Key.of(Key.Type.TAB));
            }
            return this;
        }

        /** On the contacts screen (one person there): the edit form with the role replaced, saved. */
        Session editRole(String role) {
            return press(Key.ch('3'), Key.ch('e')).tabs(2).press(Key.ctrl('u')).type(role).press(Key.ctrl('s'));
        }

        Contact maria() {
            return useCases.viewContact().contact(maria.id());
        }
    }

    @BeforeEach
    void open() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        UseCases seed = UseCases.wire(db.stores(), new SystemClock(Clock.systemDefaultZone()), TriageSettings.defaults(),
                MeetingDefaults.standard(),
                LocalPerson.ofAccount(db.stores(), new SystemClock(Clock.systemDefaultZone())));
        seed.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH,
                "Land a research role", Set.of()));
        maria = seed.captureContact().capture(new CaptureContactUseCase.Command("Maria Lopez", "Bluebird",
                "Analyst", Optional.empty(), Set.of(), Optional.empty()));
        a = new Session();
        b = new Session();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void undoInOneSessionPutsBackItsRoleAndKeepsTheNoteTheOtherAdded() {
        a.editRole("Director");
        b.press(Key.ch('3'), Key.ch('e')).tabs(12).type("Knows the hiring lead").press(Key.ctrl('s'));
        assertThat(b.ui.message()).isEqualTo("Saved Maria Lopez.");

        a.press(Key.ch('u'));

        assertThat(a.ui.message()).isEqualTo("Undone: edit of Maria Lopez.");
        assertThat(b.maria().role()).isEqualTo("Analyst");
        assertThat(b.maria().notes()).isEqualTo("Knows the hiring lead");
    }

    /** B's role replaced A's: A's u has nothing of A's to take back, and a y typed after it answers nothing. */
    @Test
    void undoOfARoleTheOtherSessionChangedSinceLeavesTheirsAndSaysNothingOfYoursIsLeft() {
        a.editRole("Director");
        b.editRole("VP");

        a.press(Key.ch('u'));
        assertThat(a.ui.message()).isEqualTo("Nothing of yours to undo: another session changed your edit of Maria Lopez.");
        assertThat(a.ui.overlay()).isEmpty();
        a.press(Key.ch('y'), Key.ch('u'));
        assertThat(a.ui.message()).isEqualTo("Nothing to undo.");
        assertThat(b.maria().role()).isEqualTo("VP");
    }

    @Test
    void editsOfDifferentFieldsFromBothSessionsBothApply() {
        a.press(Key.ch('3'), Key.ch('e')).tabs(2).press(Key.ctrl('u')).type("Director");
        b.press(Key.ch('3'), Key.ch('e')).tabs(3).type("maria@bluebird.example");

        a.press(Key.ctrl('s'));
        b.press(Key.ctrl('s'));

        assertThat(b.ui.message()).isEqualTo("Saved Maria Lopez.");
        assertThat(a.maria().role()).isEqualTo("Director");
        assertThat(a.maria().reach().emails()).containsExactly("maria@bluebird.example");
    }

    @Test
    void undoingADeletionOnTheDatabaseBringsBackTheirCadenceForTheOtherSessionToo() {
        a.useCases.touch().keepInTouch().setCadence(maria.id(), Optional.of(Cadence.parse("6w")));
        a.press(Key.ch('3'), Key.ch('d'), Key.ch('y'));
        assertThat(a.ui.message()).startsWith("Deleted Maria Lopez.");

        a.press(Key.ch('u'));

        assertThat(a.ui.message()).isEqualTo("Undone: deletion of Maria Lopez.");
        assertThat(b.useCases.touch().keepInTouch().status(maria.id()).settings().own())
                .contains(Cadence.parse("6w"));
    }
}
