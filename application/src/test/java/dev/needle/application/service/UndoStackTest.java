package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.UndoLog;
import dev.needle.application.UndoLog.Outcome;
import dev.needle.application.port.in.DeleteContactUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.FieldValue;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo as a stack of field-level steps over the stores, as two sessions on one database see them. */
class UndoStackTest {
    private final Fakes fakes = new Fakes();
    private final RevertService revert = new RevertService(fakes.contacts, fakes.needs, fakes.requests, fakes.events,
            fakes.interactions, fakes.budget, fakes.keepInTouch, new DeleteContactService(fakes.contacts, fakes.interactions,
            fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions), fakes.privateNotes,
            fakes.transactions);
    private final EditContactService edit = new EditContactService(fakes.contacts);
    private final UndoLog mine = new UndoLog();
    private final Contact maria = fakes.contacts.save(Contact.capture(new ContactId(1), "Maria Lopez").edit()
            .role("Analyst").build());

    private Contact editRole(String role) {
        Contact base = fakes.contacts.find(maria.id()).orElseThrow();
        Contact edited = base.edit().role(role).build();
        edit.editContact(base, edited);
        mine.record("edit of Maria Lopez", List.of(new RecordChange.ContactEdited(base, Contact.FIELDS.diff(base, edited))));
        return edited;
    }

    private Contact stored() {
        return fakes.contacts.find(maria.id()).orElseThrow();
    }

    @Test
    void undoPutsBackOnlyTheFieldsItsStepChangedAndKeepsAnotherSessionsNote() {
        editRole("Director");
        Contact theirs = stored();
        edit.editContact(theirs, theirs.edit().notes("Call after the fair").build());

        assertThat(mine.undo(revert, false)).isEqualTo(new Outcome.Done("edit of Maria Lopez"));

        assertThat(stored().role()).isEqualTo("Analyst");
        assertThat(stored().notes()).isEqualTo("Call after the fair");
    }

    @Test
    void undoOfAFieldAnotherSessionChangedSinceAsksAndChangesNothingUntilTold() {
        Contact base = stored();
        Contact edited = base.edit().role("Director").notes("Met at the fair").build();
        edit.editContact(base, edited);
        mine.record("edit of Maria Lopez", List.of(new RecordChange.ContactEdited(base, Contact.FIELDS.diff(base, edited))));
        Contact theirs = stored();
        edit.editContact(theirs, theirs.edit().role("VP").build());

        Outcome asked = mine.undo(revert, false);

        assertThat(asked).isEqualTo(new Outcome.ChangedMeanwhile("edit of Maria Lopez",
                List.of(new RevertUseCase.Meanwhile("Maria Lopez", new FieldValue("role", "VP")))));
        assertThat(stored().role()).isEqualTo("VP");
        assertThat(mine.undo(revert, true)).isEqualTo(new Outcome.Done("edit of Maria Lopez"));
        assertThat(stored().role()).isEqualTo("Analyst");
        assertThat(stored().notes()).isEmpty();
    }

    /** Every field the step wrote holds another session's value now: nothing of this session's is left to undo. */
    @Test
    void undoOfAStepAnotherSessionChangedWhollyChangesNothingAndGoesOnToTheStepBefore() {
        Contact base = stored();
        Contact noted = base.edit().notes("Met at the fair").build();
        edit.editContact(base, noted);
        mine.record("notes edit on Maria Lopez", List.of(new RecordChange.ContactEdited(base, Contact.FIELDS.diff(base, noted))));
        editRole("Director");
        Contact theirs = stored();
        edit.editContact(theirs, theirs.edit().role("VP").build());

        assertThat(mine.undo(revert, false)).isEqualTo(new Outcome.Superseded("edit of Maria Lopez",
                List.of(new RevertUseCase.Meanwhile("Maria Lopez", new FieldValue("role", "VP")))));
        assertThat(stored().role()).isEqualTo("VP");
        assertThat(mine.redo(revert, false)).isEqualTo(new Outcome.Nothing());

        assertThat(mine.undo(revert, false)).isEqualTo(new Outcome.Done("notes edit on Maria Lopez"));
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().role()).isEqualTo("VP");
    }

    @Test
    void redoMakesTheStepAgainAndANewChangeClearsTheRedoSide() {
        editRole("Director");
        mine.undo(revert, false);

        assertThat(mine.redo(revert, false)).isEqualTo(new Outcome.Done("edit of Maria Lopez"));
        assertThat(stored().role()).isEqualTo("Director");

        mine.undo(revert, false);
        editRole("Head of research");
        assertThat(mine.redo(revert, false)).isEqualTo(new Outcome.Nothing());
    }

    @Test
    void aStepThatCannotBeUndoneStopsTheStackInsteadOfBeingJumpedOver() {
        editRole("Director");
        mine.recordFinal("new direction");

        assertThat(mine.undo(revert, false)).isEqualTo(new Outcome.CannotUndo("new direction"));
        assertThat(mine.undo(revert, false)).isEqualTo(new Outcome.CannotUndo("new direction"));
        assertThat(stored().role()).isEqualTo("Director");
    }

    @Test
    void undoOfAnAddedNeedRemovesItAndRedoBringsItBack() {
        Need added = fakes.needs.save(Need.open(new NeedId(5), "Second need", NeedKind.OTHER, List.of(), 1));
        mine.record("adding \"Second need\"", List.of(new RecordChange.NeedPresence(added, true)));

        mine.undo(revert, false);
        assertThat(fakes.needs.find(added.id())).isEmpty();

        mine.redo(revert, false);
        assertThat(fakes.needs.find(added.id())).map(Need::title).contains("Second need");
    }

    @Test
    void theStackKeepsOnlyItsCapacityNewestFirst() {
        UndoLog small = new UndoLog(3);
        for (int i = 1; i <= 5; i++) {
            small.record("step " + i, List.of());
        }
        assertThat(small.undo(revert, false)).isEqualTo(new Outcome.Done("step 5"));
        assertThat(small.undo(revert, false)).isEqualTo(new Outcome.Done("step 4"));
        assertThat(small.undo(revert, false)).isEqualTo(new Outcome.Done("step 3"));
        assertThat(small.undo(revert, false)).isEqualTo(new Outcome.Nothing());
    }

    @Test
    void aFailedUndoStaysOnTheStack() {
        mine.record("edit", List.of());
        RevertUseCase broken = (changes, overwrite) -> {
            throw new IllegalStateException("database gone");
        };
        assertThatThrownBy(() -> mine.undo(broken, false)).isInstanceOf(IllegalStateException.class);
        assertThat(mine.size()).isEqualTo(1);
    }

    @Test
    void deletingAContactIsUndoneByRestoringIt() {
        DeleteContactUseCase.Removed removed = new DeleteContactService(fakes.contacts, fakes.interactions,
                fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions).delete(maria.id());
        mine.record("deletion of Maria Lopez", List.of(new RecordChange.ContactPresence(removed, false)));

        mine.undo(revert, false);

        assertThat(stored().role()).isEqualTo("Analyst");
    }
}
