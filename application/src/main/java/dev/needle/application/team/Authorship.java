package dev.needle.application.team;

import dev.needle.application.port.in.EditContactUseCase;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.EventStore;
import dev.needle.application.port.out.InteractionStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.application.port.out.RecordMarks;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.Need;
import dev.needle.domain.RecordKind;

/**
 * Who did what, for one session's person (issue 20): wraps a database's stores so every save,
 * whichever use case makes it, is marked with the acting person and time in its own unit of work, and
 * refusals name who changed the record meanwhile. Built per person where the use cases are wired.
 */
public final class Authorship {
    private final Marker marker;
    private final ConflictNamer conflicts;
    private final RecordMarks marks;
    private final TeamStore team;
    private final Transactions transactions;

    private Authorship(Marker marker, ConflictNamer conflicts, RecordMarks marks, TeamStore team,
                       Transactions transactions) {
        this.marker = marker;
        this.conflicts = conflicts;
        this.marks = marks;
        this.team = team;
        this.transactions = transactions;
    }

    /**
     * {@code transactions} must be the database's own: nested units join the running one, so a mark
     * lands with the save it describes.
     */
    public static Authorship of(RecordMarks marks, TeamStore team, ActingPerson acting, ClockPort clock,
                                Transactions transactions) {
        ConflictNamer conflicts = new ConflictNamer(marks, team, acting, clock);
        return new Authorship(new Marker(marks, acting, clock, transactions, conflicts), conflicts, marks, team,
                transactions);
    }

    public ContactStore contacts(ContactStore store) {
        return new MarkingContactStore(store, marker);
    }

    public NeedStore needs(NeedStore store) {
        return new MarkingNeedStore(store, marker);
    }

    public EventStore events(EventStore store) {
        return new MarkingEventStore(store, marker);
    }

    public MeetingRequestStore requests(MeetingRequestStore store) {
        return new MarkingMeetingRequestStore(store, marker);
    }

    public InteractionStore interactions(InteractionStore store) {
        return new MarkingInteractionStore(store, marker);
    }

    /** The backup export with the team and the marks of the records it holds, read in its unit of work. */
    public ExportBackupUseCase exporting(ExportBackupUseCase export) {
        return new BackupAuthors(marks, team, transactions, marker).export(export);
    }

    /**
     * The restore that keeps the backup's marks rather than marking every record as the restorer's: its
     * people join the team by name, and a backup without marks leaves the records to the founder.
     * {@code unit} is the unit of work the restore itself runs in (the one that also keeps the search index).
     */
    public RestoreBackupUseCase restoring(RestoreBackupUseCase restore, IdSource ids, Transactions unit) {
        return new BackupAuthors(marks, team, unit, marker).restore(restore, ids);
    }

    /** The contact edit whose merge refusals ("both changed the role") name who changed it. */
    public EditContactUseCase namingConflicts(EditContactUseCase edit) {
        return new EditContactUseCase() {
            @Override
            public Contact editContact(Contact edited) {
                return conflicts.naming(RecordKind.CONTACT, edited.id().value(), edited.name(), () -> edit.editContact(edited));
            }

            @Override
            public Contact editContact(Contact base, Contact edited) {
                return conflicts.naming(RecordKind.CONTACT, edited.id().value(), base.name(),
                        () -> edit.editContact(base, edited));
            }
        };
    }

    /** The need edit whose merge refusals name who changed the need. */
    public EditNeedUseCase namingConflicts(EditNeedUseCase edit) {
        return new EditNeedUseCase() {
            @Override
            public Need editNeed(Command command) {
                return conflicts.naming(RecordKind.NEED, command.id().value(), command.title(), () -> edit.editNeed(command));
            }

            @Override
            public Need editNeed(Need base, Command command) {
                return conflicts.naming(RecordKind.NEED, command.id().value(), base.title(),
                        () -> edit.editNeed(base, command));
            }
        };
    }
}
