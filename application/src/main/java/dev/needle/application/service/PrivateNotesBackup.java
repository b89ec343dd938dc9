package dev.needle.application.service;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.application.port.in.RestoreBackupUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.IdSource;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.Team;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Private notes in the full backup. A backup is the whole team's: it holds every author's notes, each
 * with its author's name, read in the same unit of work as the other records; a restore writes them
 * back under their authors (found by name, or added to the team) together with everything else.
 * Kept beside the two services, as the notes are beside the contacts.
 */
public final class PrivateNotesBackup {
    private PrivateNotesBackup() {
    }

    public static ExportBackupUseCase export(ExportBackupUseCase records, PrivateNoteStore store, TeamStore team,
                                             Transactions tx) {
        return sink -> tx.inTransaction(() -> {
            // Read first: a file that holds them says so at its top, before the records.
            Team people = team.team();
            List<Backup.AuthoredNote> notes = store.findAll().stream().map(note -> new Backup.AuthoredNote(note.contact(),
                    nameOf(people, note.author()), note.text(), note.changedAt())).toList();
            return records.exportBackup(new ExportBackupUseCase.Sink() {
                @Override
                public void head(Backup head) {
                    sink.head(head.withPrivateNotes(notes));
                }

                @Override
                public void contacts(List<Contact> page) {
                    sink.contacts(page);
                }
            }).withPrivateNotes(notes);
        });
    }

    public static RestoreBackupUseCase restore(RestoreBackupUseCase records, PrivateNoteStore store, TeamStore team,
                                               IdSource ids, ClockPort clock, Transactions tx) {
        return (backup, dryRun) -> tx.inTransaction(() -> {
            check(backup);
            RestoreBackupUseCase.Report report = records.restore(backup, dryRun);
            if (!dryRun) {
                for (Backup.AuthoredNote note : backup.privateNotes()) {
                    Teammate author = team.join(new Teammate(new TeammateId(ids.next()), note.author(), clock.today()));
                    store.save(new PrivateNote(note.contact(), author.id(), note.text(), note.changedAt()));
                }
            }
            return report;
        });
    }

    /** Every note is on a contact of the backup, at most one per contact and author, and a valid note. */
    private static void check(Backup backup) {
        Set<ContactId> contacts = backup.contacts().stream().map(Contact::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Backup.AuthoredNote note : backup.privateNotes()) {
            if (!contacts.contains(note.contact())) {
                throw new InvalidValueException("private note", "The backup holds a private note on contact "
                        + note.contact().value() + ", who is not in it.");
            }
            if (!seen.add(note.contact().value() + "|" + Teammate.nameKey(note.author()))) {
                throw new InvalidValueException("private note", "The backup holds two private notes by "
                        + note.author() + " on contact " + note.contact().value() + "; each author has one per contact.");
            }
            // Checked as they will be written, so a bad one stops the restore before anything is.
            TeammateId someone = new TeammateId(1);
            new Teammate(someone, note.author(), LocalDate.EPOCH);
            new PrivateNote(note.contact(), someone, note.text(), note.changedAt());
        }
    }

    /** The author's name; a note whose author the team lacks (never so in a database) says so plainly. */
    private static String nameOf(Team people, TeammateId author) {
        return people.find(author).map(Teammate::name).orElse("teammate " + author.value());
    }
}
