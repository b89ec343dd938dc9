package dev.needle.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.domain.Contact;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PrivateNoteStore} adapter must do. The notes point at saved contacts and at people
 * on the team of the same database as {@link #db}, so a database with foreign keys passes too.
 */
public abstract class PrivateNoteStoreContract extends StoreContract {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 10, 42);

    private Teammate alice;
    private Teammate bob;

    /** The private note store of the database {@link #stores()} opened last. */
    protected abstract PrivateNoteStore privateNotes();

    /** The team store of the same database. */
    protected abstract TeamStore team();

    @BeforeEach
    void twoPeople() {
        alice = team().join(new Teammate(new TeammateId(db.ids().next()), "Alice", LocalDate.of(2026, 1, 5)));
        bob = team().join(new Teammate(new TeammateId(db.ids().next()), "Bob", LocalDate.of(2026, 12, 1)));
    }

    private PrivateNote note(Contact on, Teammate by, String text) {
        return new PrivateNote(on.id(), by.id(), text, AT);
    }

    @Test
    void eachAuthorHasTheirOwnNoteOnAContact() {
        Contact ana = savedContact("Ana Lima");
        PrivateNote hers = note(ana, alice, "Owes me a favour.\nDo not mention the merger.");
        PrivateNote his = note(ana, bob, "Met her brother at the fair.");

        privateNotes().save(hers);
        privateNotes().save(his);

        assertThat(privateNotes().find(ana.id(), alice.id())).contains(hers);
        assertThat(privateNotes().find(ana.id(), bob.id())).contains(his);
        assertThat(privateNotes().onContact(ana.id())).containsExactly(hers, his);
    }

    @Test
    void aNoteIsReplacedWholeAndABlankOneRemovesIt() {
        Contact ana = savedContact("Ana Lima");
        privateNotes().save(note(ana, alice, "first"));
        PrivateNote second = new PrivateNote(ana.id(), alice.id(), "second", AT.plusHours(1));

        privateNotes().save(second);
        assertThat(privateNotes().find(ana.id(), alice.id())).contains(second);

        privateNotes().save(PrivateNote.none(ana.id(), alice.id(), AT.plusHours(2)));
        assertThat(privateNotes().find(ana.id(), alice.id())).isEmpty();
        assertThat(privateNotes().findAll()).isEmpty();
    }

    @Test
    void oneAuthorsNotesAreReadByContactWithoutAnyoneElses() {
        Contact ana = savedContact("Ana Lima");
        Contact bo = savedContact("Bo Chen");
        privateNotes().save(note(ana, alice, "hers on Ana"));
        privateNotes().save(note(bo, alice, "hers on Bo"));
        privateNotes().save(note(bo, bob, "his on Bo"));

        assertThat(privateNotes().byAuthor(alice.id())).containsOnlyKeys(ana.id(), bo.id());
        assertThat(privateNotes().byAuthor(alice.id()).get(bo.id()).text()).isEqualTo("hers on Bo");
        assertThat(privateNotes().byAuthor(bob.id())).containsOnlyKeys(bo.id());
        assertThat(privateNotes().findAll()).extracting(PrivateNote::text)
                .containsExactly("hers on Ana", "hers on Bo", "his on Bo");
    }

    @Test
    void textKeepsItsLinesAccentsAndTime() {
        Contact ana = savedContact("Ana Lima");
        PrivateNote note = note(ana, alice, "Zoë said: « pas avant mars ».\n\n  indented line");

        privateNotes().save(note);

        PrivateNote read = privateNotes().find(ana.id(), alice.id()).orElseThrow();
        assertThat(read.text()).isEqualTo("Zoë said: « pas avant mars ».\n\n  indented line");
        assertThat(read.changedAt()).isEqualTo(AT);
    }

    @Test
    void aPersonsNotesGoWithThemWhenTheyAreDeleted() {
        Contact ana = savedContact("Ana Lima");
        Contact bo = savedContact("Bo Chen");
        privateNotes().save(note(ana, alice, "hers"));
        privateNotes().save(note(ana, bob, "his"));
        privateNotes().save(note(bo, bob, "his on Bo"));

        db.contacts().delete(ana.id());

        assertThat(privateNotes().onContact(ana.id())).isEmpty();
        assertThat(privateNotes().findAll()).extracting(PrivateNote::text).containsExactly("his on Bo");
    }

    @Test
    void writingANoteMovesTheChangeCounterSoOtherSessionsSeeIt() {
        Contact ana = savedContact("Ana Lima");
        long before = db.changes().current();

        privateNotes().save(note(ana, alice, "hers"));

        assertThat(db.changes().current()).isNotEqualTo(before);
    }

    @Test
    void aNoteWrittenInAUnitOfWorkThatFailsIsNotKept() {
        Contact ana = savedContact("Ana Lima");

        try {
            db.transactions().inTransaction(() -> {
                privateNotes().save(note(ana, alice, "never"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(privateNotes().find(ana.id(), alice.id())).isEmpty();
    }
}
