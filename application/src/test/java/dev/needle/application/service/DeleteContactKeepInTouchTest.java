package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.UndoLog;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FieldValue;
import dev.needle.domain.KeepInTouch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deleting a contact takes their keep-in-touch settings with them; undoing the deletion brings them back. */
class DeleteContactKeepInTouchTest {
    private final Fakes fakes = new Fakes();
    private final DeleteContactService delete = new DeleteContactService(fakes.contacts, fakes.interactions,
            fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions);
    private final RevertService revert = new RevertService(fakes.contacts, fakes.needs, fakes.requests, fakes.events,
            fakes.interactions, fakes.budget, fakes.keepInTouch, delete, fakes.privateNotes, fakes.transactions);
    private final Contact maria = fakes.contacts.save(Contact.capture(new ContactId(1), "Maria Lopez"));
    private final KeepInTouch every6Weeks = new KeepInTouch(maria.id(), Optional.of(Cadence.parse("6w")),
            Optional.of(Fakes.TODAY.plusDays(3)), Fakes.TODAY.minusDays(30));

    private UndoLog deleted() {
        fakes.keepInTouch.save(every6Weeks);
        DeleteContactUseCase.Removed removed = delete.delete(maria.id());
        UndoLog mine = new UndoLog();
        mine.record("deletion of Maria Lopez", List.of(new RecordChange.ContactPresence(removed, false)));
        return mine;
    }

    @Test
    void undoingTheDeletionBringsBackTheirCadenceAndSnooze() {
        UndoLog mine = deleted();
        assertThat(fakes.keepInTouch.find(maria.id())).as("deleted with the contact").isEmpty();

        mine.undo(revert, false);

        assertThat(fakes.keepInTouch.find(maria.id())).contains(every6Weeks);
    }

    @Test
    void redoDeletesTheSettingsAgainAndAnotherUndoBringsThemBack() {
        UndoLog mine = deleted();
        mine.undo(revert, false);

        mine.redo(revert, false);
        assertThat(fakes.keepInTouch.find(maria.id())).isEmpty();

        mine.undo(revert, false);
        assertThat(fakes.keepInTouch.find(maria.id())).contains(every6Weeks);
    }

    @Test
    void redoAfterAnotherSessionChangedTheirCadenceAsksBeforeDeletingIt() {
        UndoLog mine = deleted();
        mine.undo(revert, false);
        KeepInTouch theirs = every6Weeks.every(Optional.of(Cadence.parse("2w")));
        fakes.keepInTouch.save(theirs);

        UndoLog.Outcome asked = mine.redo(revert, false);

        assertThat(asked).isEqualTo(new UndoLog.Outcome.ChangedMeanwhile("deletion of Maria Lopez",
                List.of(new RevertUseCase.Meanwhile("Maria Lopez", new FieldValue("keep in touch",
                        "every 2 weeks, snoozed until " + Fakes.TODAY.plusDays(3))))));
        assertThat(fakes.keepInTouch.find(maria.id())).contains(theirs);
        assertThat(fakes.contacts.find(maria.id())).isPresent();
    }
}
