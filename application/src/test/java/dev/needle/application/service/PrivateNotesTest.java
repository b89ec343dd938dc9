package dev.needle.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.NotFoundException;
import dev.needle.application.UndoLog;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.DeleteContactUseCase.Removed;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.MergeDuplicatesUseCase.Merged;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two partners on one database: each sees and changes only their own private notes; undo, delete and merge keep them. */
class PrivateNotesTest {
    private final Fakes fakes = new Fakes();
    private final Teammate alice = fakes.team.join(new Teammate(new TeammateId(1), "Alice", LocalDate.of(2026, 1, 5)));
    private final Teammate bob = fakes.team.join(new Teammate(new TeammateId(2), "Bob", LocalDate.of(2026, 3, 1)));
    private final PrivateNoteService aliceNotes = notesOf(() -> alice);
    private final PrivateNoteService bobNotes = notesOf(() -> bob);
    private final DeleteContactService delete = new DeleteContactService(fakes.contacts, fakes.interactions,
            fakes.requests, fakes.keepInTouch, fakes.privateNotes, fakes.transactions);
    private final RevertService revert = new RevertService(fakes.contacts, fakes.needs, fakes.requests, fakes.events,
            fakes.interactions, fakes.budget, fakes.keepInTouch, delete, fakes.privateNotes, fakes.transactions);
    private final Contact maria = fakes.contacts.save(Contact.capture(new ContactId(10), "Maria Lopez").edit()
            .notes("Shared: runs the bakery fair.").build());

    private PrivateNoteService notesOf(ActingPerson who) {
        return new PrivateNoteService(fakes.privateNotes, fakes.contacts, who, fakes.clock, fakes.transactions);
    }

    @Test
    void aPrivateNoteIsSeenByItsAuthorOnly() {
        aliceNotes.write(maria.id(), "Owes me a favour.");

        assertThat(aliceNotes.mine(maria.id())).isEqualTo("Owes me a favour.");
        assertThat(bobNotes.mine(maria.id())).isEmpty();
        assertThat(bobNotes.allMine()).isEmpty();
        assertThat(aliceNotes.allMine()).containsExactly(Map.entry(maria.id(), "Owes me a favour."));
        assertThat(fakes.contacts.find(maria.id()).orElseThrow().notes()).as("the shared notes stay as they were")
                .isEqualTo("Shared: runs the bakery fair.");
    }

    @Test
    void eachPartnerKeepsTheirOwnNoteOnOnePerson() {
        aliceNotes.write(maria.id(), "hers");
        bobNotes.write(maria.id(), "his");

        assertThat(aliceNotes.mine(maria.id())).isEqualTo("hers");
        assertThat(bobNotes.mine(maria.id())).isEqualTo("his");

        bobNotes.write(maria.id(), "");
        assertThat(bobNotes.mine(maria.id())).isEmpty();
        assertThat(aliceNotes.mine(maria.id())).as("removing his leaves hers").isEqualTo("hers");
    }

    @Test
    void writingIsAnUndoStepThatTakesBackOnlyTheAuthorsNote() {
        aliceNotes.write(maria.id(), "first");
        UndoLog aliceUndo = new UndoLog();
        aliceUndo.record("private note on Maria Lopez", aliceNotes.write(maria.id(), "second"));
        bobNotes.write(maria.id(), "his");

        assertThat(aliceUndo.undo(revert, false)).isInstanceOf(UndoLog.Outcome.Done.class);
        assertThat(aliceNotes.mine(maria.id())).isEqualTo("first");
        assertThat(bobNotes.mine(maria.id())).isEqualTo("his");

        aliceUndo.redo(revert, false);
        assertThat(aliceNotes.mine(maria.id())).isEqualTo("second");
    }

    @Test
    void undoOfTheFirstNoteRemovesIt() {
        UndoLog undo = new UndoLog();
        undo.record("private note", aliceNotes.write(maria.id(), "new"));

        undo.undo(revert, false);

        assertThat(aliceNotes.mine(maria.id())).isEmpty();
        assertThat(fakes.privateNotes.findAll()).isEmpty();
    }

    @Test
    void anUnchangedNoteIsNoChange() {
        aliceNotes.write(maria.id(), "same");

        assertThat(aliceNotes.write(maria.id(), "  same  ")).isEmpty();
    }

    @Test
    void aNoteOnSomeoneDeletedIsRefusedPlainly() {
        assertThatThrownBy(() -> aliceNotes.write(new ContactId(999), "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAPersonTakesEveryonesNotesAndUndoBringsThemBack() {
        aliceNotes.write(maria.id(), "hers");
        bobNotes.write(maria.id(), "his");
        Removed removed = delete.delete(maria.id());
        UndoLog bobUndo = new UndoLog();
        bobUndo.record("deletion of Maria Lopez", List.of(new RecordChange.ContactPresence(removed, false)));
        assertThat(fakes.privateNotes.findAll()).isEmpty();

        bobUndo.undo(revert, false);

        assertThat(aliceNotes.mine(maria.id())).isEqualTo("hers");
        assertThat(bobNotes.mine(maria.id())).isEqualTo("his");
    }

    @Test
    void redoingADeletionAfterSomeoneChangedTheirNoteAsksWithoutQuotingIt() {
        aliceNotes.write(maria.id(), "hers");
        UndoLog bobUndo = new UndoLog();
        bobUndo.record("deletion of Maria Lopez", List.of(new RecordChange.ContactPresence(delete.delete(maria.id()), false)));
        bobUndo.undo(revert, false);
        aliceNotes.write(maria.id(), "hers, secret");

        UndoLog.Outcome redo = bobUndo.redo(revert, false);

        assertThat(redo).isInstanceOf(UndoLog.Outcome.ChangedMeanwhile.class);
        assertThat(redo.toString()).doesNotContain("secret");
        assertThat(aliceNotes.mine(maria.id())).isEqualTo("hers, secret");
    }

    @Test
    void mergingDuplicatesKeepsEachAuthorsNotesFromBothAndUndoSplitsThemAgain() {
        Contact twin = fakes.contacts.save(Contact.capture(new ContactId(11), "Maria López"));
        aliceNotes.write(maria.id(), "hers on the first");
        aliceNotes.write(twin.id(), "hers on the second");
        bobNotes.write(twin.id(), "his on the second");
        MergeDuplicatesService merge = new MergeDuplicatesService(fakes.contacts, fakes.interactions, fakes.requests,
                fakes.needs, fakes.privateNotes, revert, fakes.transactions);

        Merged merged = merge.merge(maria.id(), twin.id(), Map.of());

        assertThat(aliceNotes.mine(maria.id())).isEqualTo("hers on the first\n\nhers on the second");
        assertThat(bobNotes.mine(maria.id())).isEqualTo("his on the second");
        assertThat(fakes.privateNotes.onContact(twin.id())).isEmpty();

        UndoLog undo = new UndoLog();
        undo.record("merge", merged.changes());
        assertThat(undo.undo(revert, false)).isInstanceOf(UndoLog.Outcome.Done.class);

        assertThat(aliceNotes.mine(maria.id())).isEqualTo("hers on the first");
        assertThat(aliceNotes.mine(twin.id())).isEqualTo("hers on the second");
        assertThat(bobNotes.mine(twin.id())).isEqualTo("his on the second");
        assertThat(bobNotes.mine(maria.id())).isEmpty();
    }

    @Test
    void theBackupHoldsEveryAuthorsNotesByNameAndARestoreBringsThemBack() {
        aliceNotes.write(maria.id(), "hers");
        bobNotes.write(maria.id(), "his");
        ExportBackupUseCase export = PrivateNotesBackup.export(new ExportBackupService(fakes.directions, fakes.needs,
                fakes.contacts, fakes.events, fakes.interactions, fakes.requests, fakes.budget, fakes.transactions),
                fakes.privateNotes, fakes.team, fakes.transactions);

        Backup backup = export.exportBackup();

        assertThat(backup.privateNotes()).extracting(n -> n.author() + ": " + n.text())
                .containsExactly("Alice: hers", "Bob: his");

        Fakes elsewhere = new Fakes();
        Teammate bobThere = elsewhere.team.join(new Teammate(new TeammateId(7), "bob", LocalDate.of(2026, 6, 1)));
        restorer(elsewhere).restore(backup, false);

        assertThat(elsewhere.privateNotes.find(maria.id(), bobThere.id()).map(PrivateNote::text)).contains("his");
        Teammate aliceThere = elsewhere.team.team().named("Alice").orElseThrow();
        assertThat(elsewhere.privateNotes.find(maria.id(), aliceThere.id()).map(PrivateNote::text)).contains("hers");
    }

    @Test
    void aBackupFromBeforePrivateNotesStillRestores() {
        Backup old = new Backup(List.of(), List.of(), List.of(maria), List.of(), List.of(), List.of(), Optional.empty());
        Fakes elsewhere = new Fakes();

        restorer(elsewhere).restore(old, false);

        assertThat(elsewhere.contacts.findAll()).hasSize(1);
        assertThat(elsewhere.privateNotes.findAll()).isEmpty();
    }

    @Test
    void aBackupWithANoteOnSomeoneItLacksIsRefusedBeforeAnythingIsWritten() {
        Backup bad = new Backup(List.of(), List.of(), List.of(maria), List.of(), List.of(), List.of(), Optional.empty())
                .withPrivateNotes(List.of(new Backup.AuthoredNote(new ContactId(99), "Alice", "x",
                        fakes.clock.now())));
        Fakes elsewhere = new Fakes();

        assertThatThrownBy(() -> restorer(elsewhere).restore(bad, false)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contact 99");
        assertThat(elsewhere.contacts.findAll()).isEmpty();
    }

    private static RestoreBackupUseCase restorer(Fakes f) {
        return PrivateNotesBackup.restore(new RestoreBackupService(f.directions, f.needs, f.contacts, f.events,
                f.interactions, f.requests, f.budget, f.ids, f.transactions), f.privateNotes, f.team, f.ids, f.clock,
                f.transactions);
    }
}
